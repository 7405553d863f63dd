"use client";

import { useState } from "react";
import { api } from "@/lib/client/api";
import { useApiForm } from "@/lib/client/use-api-form";
import { FormError } from "@/components/ui/form-error";
import { MERGE_FIELDS, renderMail, type MergeValues } from "@/lib/diagnostic/audience/rules/mail-text";
import { LANGUAGE_NAMES, type MailLanguage } from "@/lib/diagnostic/audience/rules/mail-languages";

type Text = { subject: string; body: string };

/** One mail text of the wave (invitation or reminder): subject and body with merge fields, and its preview. */
export function MailTextEditor({
  url,
  kind,
  initial,
  sample,
  readOnly,
  language = "en",
  onSaved,
}: {
  url: string;
  kind: "invitation" | "reminder";
  language?: MailLanguage;
  onSaved?: () => void;
  initial: Text;
  /** What the merge fields become in the preview (a real-looking link). */
  sample: MergeValues;
  readOnly: boolean;
}) {
  const [text, setText] = useState<Text>({ subject: initial.subject, body: initial.body });
  const save = useApiForm({
    send: () => api.put(url, { kind, language, subject: text.subject, body: text.body }),
    onSuccess: onSaved,
  });
  const preview = renderMail(text, sample);
  const id = `${kind}-text`;
  return (
    <form onSubmit={save.onSubmit} noValidate>
      <FormError message={save.error?.detailOr("The text was not saved.")} />
      <div className="field">
        <label htmlFor={`${id}-subject`}>Subject</label>
        <input
          id={`${id}-subject`}
          type="text"
          lang={language}
          value={text.subject}
          readOnly={readOnly}
          aria-invalid={save.invalid("subject")}
          onChange={(e) => setText({ ...text, subject: e.target.value })}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-body`}>Text</label>
        <p className="hint" id={`${id}-fields`}>
          Filled in for each person: {MERGE_FIELDS.map((f) => `{${f}}`).join(", ")}. {"{link}"} is the person&apos;s own
          link and must be in the text; a line to unsubscribe is added at the end.
        </p>
        <textarea
          id={`${id}-body`}
          rows={10}
          lang={language}
          value={text.body}
          readOnly={readOnly}
          aria-describedby={`${id}-fields`}
          aria-invalid={save.invalid("body")}
          onChange={(e) => setText({ ...text, body: e.target.value })}
        />
      </div>
      {!readOnly && (
        <button className="button secondary" type="submit" disabled={save.pending}>
          {`Save the ${language === "en" ? "" : `${LANGUAGE_NAMES[language]} `}${kind} text`}
        </button>
      )}
      {save.succeeded && !save.pending && (
        <span role="status" className="muted">
          {" "}
          Saved.
        </span>
      )}
      <section
        aria-labelledby={`${id}-preview`}
        data-testid={`${kind}-preview`}
        style={{ marginTop: "1.5rem", borderTop: "1px solid currentColor", paddingTop: "0.5rem" }}
      >
        <h3 id={`${id}-preview`}>Preview of the {kind}</h3>
        <p>
          <strong>Subject:</strong> <span lang={language}>{preview.subject}</span>
        </p>
        <pre lang={language} style={{ whiteSpace: "pre-wrap", overflowWrap: "anywhere", fontFamily: "inherit" }}>
          {preview.body}
        </pre>
      </section>
    </form>
  );
}
