/**
 * Finding named things by words, the one way the app does it in lists it has: every word typed is in the name,
 * whatever its case, in any order ("handle avg" finds "Average handle time"). A word is only ever text: `%`, `_`
 * and `\` are looked for as they are.
 */

/** The words of a search, lower-cased; at most ten (more narrow nothing a person would type). */
export function searchWords(search: string): string[] {
  return search.toLocaleLowerCase("en").split(/\s+/).filter(Boolean).slice(0, 10);
}

/** Whether `text` has every one of `words` (from `searchWords`). */
export function hasEveryWord(text: string, words: readonly string[]): boolean {
  if (words.length === 0) return true;
  const lower = text.toLocaleLowerCase("en");
  return words.every((word) => lower.includes(word));
}

/**
 * The first `limit` of `items` (in their order) whose text has every word searched, and whether more match.
 * Stops at the first one past the limit, so a long list costs only as far as the matches reach.
 */
export function firstMatching<T>(
  items: readonly T[],
  search: string,
  limit: number,
  textOf: (item: T) => string,
): { shown: T[]; more: boolean } {
  const words = searchWords(search);
  const shown: T[] = [];
  for (const item of items) {
    if (!hasEveryWord(textOf(item), words)) continue;
    if (shown.length === limit) return { shown, more: true };
    shown.push(item);
  }
  return { shown, more: false };
}
