"use client";

import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { z } from "zod";
import { api } from "@/lib/client/api";
import { LANGUAGE_NAMES, MAIL_LANGUAGES, type MailLanguage } from "@/lib/diagnostic/audience/rules/mail-languages";
import type { MergeValues } from "@/lib/diagnostic/audience/rules/mail-text";
import { count } from "@/lib/text/plural";
import { MailTextEditor } from "./mail-text-editor";

const textSchema = z.object({ subject: z.string(), body: z.string(), custom: z.boolean() });
const textsSchema = z.object({ invitation: textSchema, reminder: textSchema });
type Texts = z.infer<typeof textsSchema>;

/**
 * A mail (invitation or reminder) in each language people are written to in: each person gets the text of
 * their list's language — the wave's own where it has one, else the standard text in that language.
 */
export function MailTextsSection({
  url,
  kind,
  english,
  samples,
  people,
  customised,
  readOnly,
}: {
  url: string;
  kind: "invitation" | "reminder";
  english: Texts;
  samples: Record<MailLanguage, MergeValues>;
  /** People on the list per language. */
  people: Record<string, number>;
  /** The languages with the wave's own text of this kind. */
  customised: string[];
  readOnly: boolean;
}) {
  const [language, setLanguage] = useState<MailLanguage>("en");
  const { data, isPending, refetch } = useQuery({
    queryKey: ["mail-texts", url, language],
    queryFn: () => api.get(`${url}?language=${language}`, textsSchema),
    initialData: language === "en" ? english : undefined,
  });
  const [own, setOwn] = useState(new Set(customised));
  const standardElsewhere = MAIL_LANGUAGES.filter((l) => l !== "en" && (people[l] ?? 0) > 0 && !own.has(l));
  const id = `${kind}-language`;
  const describe = (l: MailLanguage) =>
    [
      LANGUAGE_NAMES[l],
      people[l] ? count(people[l], "person", "people") : "nobody on the list",
      own.has(l) ? "own text" : "standard text",
    ].join(" · ");

  return (
    <div>
      <div className="field">
        <label htmlFor={id}>Language</label>
        <select id={id} value={language} onChange={(e) => setLanguage(e.target.value as MailLanguage)}>
          {MAIL_LANGUAGES.map((l) => (
            <option key={l} value={l}>
              {describe(l)}
            </option>
          ))}
        </select>
      </div>
      {own.has("en") && standardElsewhere.length > 0 && (
        <p className="hint" role="note" data-testid={`${kind}-standard-elsewhere`}>
          You changed the English text. People written to in{" "}
          {standardElsewhere.map((l) => LANGUAGE_NAMES[l]).join(", ")} get the standard text in their language until you
          write theirs.
        </p>
      )}
      {isPending || !data ? (
        <p className="muted" role="status">
          Loading the {LANGUAGE_NAMES[language]} text…
        </p>
      ) : (
        <MailTextEditor
          key={language}
          url={url}
          kind={kind}
          language={language}
          initial={data[kind]}
          sample={samples[language]}
          readOnly={readOnly}
          onSaved={() => {
            setOwn(new Set([...own, language]));
            void refetch();
          }}
        />
      )}
    </div>
  );
}
