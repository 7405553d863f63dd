/**
 * Words cut to fit a short field at a word boundary, with no "…": a title someone keeps must read as
 * complete, not as a truncated sentence.
 */
export function atWordBoundary(text: string, max: number): string {
  const words = text.trim().split(/\s+/);
  let kept = "";
  for (const word of words) {
    const next = kept ? `${kept} ${word}` : word;
    if (next.length > max) break;
    kept = next;
  }
  // One word longer than the limit: keep its start rather than nothing.
  if (!kept) kept = words[0]!.slice(0, max);
  // A clause cut after "and", a comma or a dash reads as unfinished: end on the last full word.
  return kept.replace(/[\s,;:–—-]+$/u, "").replace(/\s+(and|or|but|to|of|the|a|an|with|for|in|on|by)$/iu, "");
}

/** The title an action on a finding starts with: "Resolve: <what conflicts> vs <what it conflicts with>". */
export function actionTitleFor(subjects: string[], max = 120): string {
  const perSubject = Math.max(24, Math.floor((max - "Resolve: ".length) / Math.max(1, subjects.length)) - 4);
  return atWordBoundary(`Resolve: ${subjects.map((s) => atWordBoundary(s, perSubject)).join(" vs ")}`, max);
}
