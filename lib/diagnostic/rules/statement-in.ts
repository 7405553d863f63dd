/**
 * A statement as a respondent reads it: in their language when the instrument has that translation,
 * otherwise in the instrument's own language — with `lang` saying which, so screen readers pronounce it right.
 */
import type { ThemeTranslations, Translations } from "@/lib/diagnostic/instrument-schema";

export function statementIn(
  item: { text: string; translations?: Translations | null },
  instrumentLanguage: string,
  locale: string,
): { text: string; lang: string } {
  const translated = item.translations?.[locale as keyof Translations];
  return translated ? { text: translated, lang: locale } : { text: item.text, lang: instrumentLanguage };
}

/** A statement's theme (a survey step's heading) the same way: translated when the instrument has it. */
export function themeIn(
  item: { theme: string; themeTranslations?: ThemeTranslations | null },
  instrumentLanguage: string,
  locale: string,
): { theme: string; themeLang: string } {
  const translated = item.themeTranslations?.[locale as keyof ThemeTranslations];
  return translated ? { theme: translated, themeLang: locale } : { theme: item.theme, themeLang: instrumentLanguage };
}
