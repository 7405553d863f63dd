/** A statement's stored translations (a JSON column), read back through the format's own schema. */
import { type Translations, translationsSchema } from "../instrument-schema";

export function storedTranslations(stored: unknown): Translations {
  const parsed = translationsSchema.safeParse(stored);
  // Only the format's schema ever writes the column; anything else reads as "no translations".
  return parsed.success ? parsed.data : {};
}
