/**
 * Anonymity thresholds (DESIGN §4.1) and what a hidden figure says. Which groups and figures are shown
 * is decided in `disclosure/` (one plan per publication, used by every view and export).
 */
export const DEFAULT_K = 5;
export const MIN_K = 3;
export const DEFAULT_COMMENT_K = 10;

export type AnonymityOptions = { k: number; commentK: number };

export function anonymityOptions(k = DEFAULT_K, commentK = DEFAULT_COMMENT_K): AnonymityOptions {
  if (!Number.isInteger(k) || k < MIN_K) throw new RangeError(`k must be a whole number of at least ${MIN_K}`);
  if (!Number.isInteger(commentK) || commentK < k)
    throw new RangeError("the comment threshold must be a whole number of at least k");
  return { k, commentK };
}

/** Hidden figures say why, never how many people they hold. */
export const HIDDEN_REASONS = {
  "too-few-respondents": (k: number) => `Hidden: fewer than ${k} respondents, so answers could identify people.`,
  complementary: (k: number) =>
    `Hidden: showing it next to the groups shown would let a group of fewer than ${k} people be worked out by subtraction.`,
  "figure-too-few": (k: number) => `Hidden: fewer than ${k} people answered this.`,
  "figure-complementary": (k: number) =>
    `Hidden: showing it would let the answers of fewer than ${k} people be worked out by subtraction.`,
  "comments-too-few": (commentK: number) => `Comments are shown only for groups of at least ${commentK} respondents.`,
  "comments-complementary": (commentK: number) =>
    `Comments are hidden here: with the other groups' comments they would single out a group of fewer than ${commentK} people.`,
  "comments-after-close": () => "Comments are shown once the wave has closed.",
} as const;
