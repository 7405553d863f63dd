"use client";

import { useState } from "react";
import { api } from "@/lib/client/api";
import { useApiForm } from "@/lib/client/use-api-form";
import { FormError } from "@/components/ui/form-error";
import { MERGE_FIELDS, renderMail, type MergeValues } from "@/lib/diagnostic/audience/rules/mail-text";

type Text = { subject: string; body: string };

/** One mail text of the wave (invitation or reminder): subject and body with merge fields, and its preview. */
export function MailTextEditor({
  url,
  kind,
  initial,
  sample,
  readOnly,
}: {
  url: string;
  kind: "invitation" | "reminder";
  initial: Text;
  /** What the merge fields become in the preview (a real-looking link). */
  sample: MergeValues;
  readOnly: boolean;
}) {
  const [text, setText] = useState<Text>(initial);
  const save = useApiForm({ send: () => api.put(url, { kind, ...text }), refresh: true });
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
          value={text.body}
          readOnly={readOnly}
          aria-describedby={`${id}-fields`}
          aria-invalid={save.invalid("body")}
          onChange={(e) => setText({ ...text, body: e.target.value })}
        />
      </div>
      {!readOnly && (
        <button className="button secondary" type="submit" disabled={save.pending}>
          Save the {kind} text
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
        <h3 id={`${id}-preview`}>Preview</h3>
        <p>
          <strong>Subject:</strong> {preview.subject}
        </p>
        <pre style={{ whiteSpace: "pre-wrap", overflowWrap: "anywhere", fontFamily: "inherit" }}>{preview.body}</pre>
      </section>
    </form>
  );
}
