"use client";

import { useMemo } from "react";
import { checkLanguage } from "@/lib/language/rules/check-language";
import type { LexiconEntry } from "@/lib/language/rules/language-rules";

const KIND = { jargon: "Jargon", euphemism: "Euphemism", platitude: "Platitude" } as const;

/** The language check, live while someone types (DESIGN §4.3). */
export function LanguageFeedback({ text, lexicon, id }: { text: string; lexicon: LexiconEntry[]; id: string }) {
  const hits = useMemo(() => checkLanguage(text, lexicon), [text, lexicon]);
  return (
    <div id={id} aria-live="polite">
      {hits.length === 0 ? (
        text.trim().length > 0 && <p className="hint">Language check: no jargon, euphemisms or platitudes.</p>
      ) : (
        <ul className="language-notes" aria-label="Language check">
          {hits.map((hit, i) => (
            <li key={`${hit.start}-${i}`} data-testid="language-hit">
              <strong>
                {KIND[hit.kind]}: “{hit.words}”.
              </strong>{" "}
              {hit.why} Try: {hit.suggestion}.
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
