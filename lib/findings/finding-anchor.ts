/** The id a finding's entry carries on the findings page, so a dashboard can link straight to it. */
export function findingAnchor(findingId: string): string {
  return `f-${findingId.replace(/[^A-Za-z0-9_-]/g, "_")}`;
}

/** A finding's first sentence: what a dashboard shows before the link to the whole explanation. */
export function firstSentence(text: string): string {
  const end = text.search(/[.!?](\s|$)/);
  return end === -1 ? text : text.slice(0, end + 1);
}
