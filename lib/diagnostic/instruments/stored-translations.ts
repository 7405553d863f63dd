/** A statement's stored translations and its theme's (JSON columns), read back through the format's own schema. */
import {
  type ThemeTranslations,
  type Translations,
  themeTranslationsSchema,
  translationsSchema,
} from "../instrument-schema";

export function storedTranslations(stored: unknown): Translations {
  const parsed = translationsSchema.safeParse(stored);
  // Only the format's schema ever writes the column; anything else reads as "no translations".
  return parsed.success ? parsed.data : {};
}

export function storedThemeTranslations(stored: unknown): ThemeTranslations {
  const parsed = themeTranslationsSchema.safeParse(stored);
  return parsed.success ? parsed.data : {};
}
