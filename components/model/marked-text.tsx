import { Fragment } from "react";
import type { LanguageHit } from "@/lib/language/rules/check-language";

const KIND = { jargon: "Jargon", euphemism: "Euphemism", platitude: "Platitude" } as const;

/** Text with the language check's hits marked; each mark is described by its note in LanguageNotes. */
export function MarkedText({ text, hits, id }: { text: string; hits: LanguageHit[]; id: string }) {
  if (hits.length === 0) return <>{text}</>;
  const pieces: React.ReactNode[] = [];
  let at = 0;
  hits.forEach((hit, i) => {
    pieces.push(<Fragment key={`t${i}`}>{text.slice(at, hit.start)}</Fragment>);
    pieces.push(
      <mark key={`m${i}`} className="language" aria-describedby={`${id}-note-${i}`}>
        {text.slice(hit.start, hit.end)}
      </mark>,
    );
    at = hit.end;
  });
  pieces.push(<Fragment key="rest">{text.slice(at)}</Fragment>);
  return <>{pieces}</>;
}

/** What each marked word means, why it hides the customer, and a plainer form. */
export function LanguageNotes({ hits, id }: { hits: LanguageHit[]; id: string }) {
  if (hits.length === 0) return null;
  return (
    <ul className="language-notes" aria-label="Language check">
      {hits.map((hit, i) => (
        <li key={i} id={`${id}-note-${i}`} data-testid="language-hit">
          <strong>
            {KIND[hit.kind]}: “{hit.words}”.
          </strong>{" "}
          {hit.why} Try: {hit.suggestion}.
        </li>
      ))}
    </ul>
  );
}
