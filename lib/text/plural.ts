// English is the product's language; PluralRules keeps "1 role" / "0 roles" / "2 roles" right without "(s)".
const rules = new Intl.PluralRules("en-GB");

/** "1 influence", "3 influences"; pass the plural for irregular words: count(2, "process", "processes"). */
export function count(n: number, singular: string, plural = `${singular}s`): string {
  return `${n} ${wordFor(n, singular, plural)}`;
}

/**
 * The word alone, for when the number stands apart (in its own `<strong>`): wordFor(3, "finding") → "findings".
 * Verbs too: wordFor(n, "was", "were").
 */
export function wordFor(n: number, singular: string, plural = `${singular}s`): string {
  return rules.select(n) === "one" ? singular : plural;
}

/** "a, b and c": the counts people read in one sentence. */
export function listInWords(parts: string[]): string {
  if (parts.length <= 1) return parts.join("");
  return `${parts.slice(0, -1).join(", ")} and ${parts.at(-1)}`;
}
