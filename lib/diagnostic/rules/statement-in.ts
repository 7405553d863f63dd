/**
 * A statement as a respondent reads it: in their language when the instrument has that translation,
 * otherwise in the instrument's own language — with `lang` saying which, so screen readers pronounce it right.
 */
import type { Translations } from "@/lib/diagnostic/instrument-schema";

export function statementIn(
  item: { text: string; translations?: Translations | null },
  instrumentLanguage: string,
  locale: string,
): { text: string; lang: string } {
  const translated = item.translations?.[locale as keyof Translations];
  return translated ? { text: translated, lang: locale } : { text: item.text, lang: instrumentLanguage };
}
