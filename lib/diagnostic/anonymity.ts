/**
 * Anonymity (DESIGN §4.1). A segment with fewer than k respondents shows no figures; within a shown
 * segment, an item or dimension built from fewer than k respondents is hidden too; comments need at
 * least `commentK` respondents. In a breakdown whose total is shown, the smallest shown segments (ties by
 * key) are hidden as well until the hidden ones together hold at least k, so that no hidden group can be
 * recovered as total − shown.
 */
export const DEFAULT_K = 5;
export const MIN_K = 3;
export const DEFAULT_COMMENT_K = 10;

export type AnonymityOptions = { k: number; commentK: number };

export function anonymityOptions(k = DEFAULT_K, commentK = DEFAULT_COMMENT_K): AnonymityOptions {
  if (!Number.isInteger(k) || k < MIN_K) throw new RangeError(`k must be a whole number of at least ${MIN_K}`);
  if (!Number.isInteger(commentK) || commentK < k) throw new RangeError("the comment threshold must be a whole number of at least k");
  return { k, commentK };
}

export type Suppression = { hidden: false } | { hidden: true; reason: "too-few-respondents" | "complementary" };

/**
 * Which segments of a breakdown are hidden. `segments` are (key, respondents); the total is shown when
 * it holds at least k respondents (otherwise every segment is hidden with it).
 */
export function suppressBreakdown(segments: readonly { key: string; respondents: number }[], k: number): Map<string, Suppression> {
  const result = new Map<string, Suppression>();
  const total = segments.reduce((sum, s) => sum + s.respondents, 0);
  for (const segment of segments) result.set(segment.key, segment.respondents < k ? { hidden: true, reason: "too-few-respondents" } : { hidden: false });
  if (total < k) return result;
  let hiddenTotal = segments.filter((s) => s.respondents < k).reduce((sum, s) => sum + s.respondents, 0);
  if (hiddenTotal === 0) return result;
  const shownSmallestFirst = segments
    .filter((s) => s.respondents >= k)
    .sort((a, b) => a.respondents - b.respondents || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  for (const segment of shownSmallestFirst) {
    if (hiddenTotal >= k) break;
    result.set(segment.key, { hidden: true, reason: "complementary" });
    hiddenTotal += segment.respondents;
  }
  return result;
}

export const HIDDEN_REASONS = {
  "too-few-respondents": (k: number) => `Hidden: fewer than ${k} respondents, so answers could identify people.`,
  complementary: (k: number) => `Hidden: showing it would let a smaller hidden group (under ${k} respondents) be worked out by subtraction.`,
  "figure-too-few": (k: number) => `Hidden: fewer than ${k} people answered this.`,
  "comments-too-few": (commentK: number) => `Comments are shown only for groups of at least ${commentK} respondents.`,
} as const;
