/**
 * Invitation and reminder texts with merge fields: {organisation}, {wave}, {closes} and {link}, filled in
 * per person when the mail is written. A field the app does not know is refused, naming it, so no mail
 * goes out with a "{frist_name}" in it. Pure.
 */
export const MERGE_FIELDS = ["organisation", "wave", "closes", "link"] as const;
export type MergeField = (typeof MERGE_FIELDS)[number];
export type MergeValues = Record<MergeField, string>;

export type MailTemplate = { subject: string; body: string };

const FIELD = /\{([^{}\s]*)\}/g;

/** The merge fields used in a text that the app does not know, each once, in order of appearance. */
export function unknownFields(text: string): string[] {
  const unknown = new Set<string>();
  for (const [, name] of text.matchAll(FIELD)) if (!MERGE_FIELDS.includes(name as MergeField)) unknown.add(`{${name}}`);
  return [...unknown];
}

export function fillIn(text: string, values: MergeValues): string {
  return text.replace(FIELD, (whole, name: string) =>
    MERGE_FIELDS.includes(name as MergeField) ? values[name as MergeField] : whole,
  );
}

export function renderMail(template: MailTemplate, values: MergeValues): MailTemplate {
  // A subject is one line: a line break in a filled-in value would start a new mail header.
  return { subject: fillIn(template.subject, values).replace(/[\r\n]+/g, " "), body: fillIn(template.body, values) };
}
