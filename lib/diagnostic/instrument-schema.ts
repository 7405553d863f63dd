/** The `throughline.instrument/1` format (DESIGN §7): versioned 3P statements on a 5-point agreement scale. */
import { z } from "zod";
import { DEFAULT_LOCALE, LOCALES } from "@/lib/i18n/locales";
import { DIMENSIONS } from "./dimensions";

export { DIMENSIONS, type Dimension } from "./dimensions";
export const INSTRUMENT_FORMAT = "throughline.instrument/1";

const statementText = z.string().trim().min(5, "at least 5 characters").max(500);
const languageSchema = z.enum(LOCALES, { message: `one of ${LOCALES.join(", ")}` });

/** A statement in other languages than the instrument's own, e.g. `{"fr": "…", "de": "…"}`; each optional. */
export const translationsSchema = z.strictObject(
  Object.fromEntries(LOCALES.map((locale) => [locale, statementText.optional()])) as Record<
    (typeof LOCALES)[number],
    z.ZodOptional<typeof statementText>
  >,
);
export type Translations = z.infer<typeof translationsSchema>;

const themeText = z.string().trim().min(1).max(100);
/** A theme's name in other languages than the instrument's own; every statement of the theme carries the same. */
export const themeTranslationsSchema = z.strictObject(
  Object.fromEntries(LOCALES.map((locale) => [locale, themeText.optional()])) as Record<
    (typeof LOCALES)[number],
    z.ZodOptional<typeof themeText>
  >,
);
export type ThemeTranslations = z.infer<typeof themeTranslationsSchema>;

export const instrumentItemSchema = z.strictObject({
  key: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,99}$/, "keys are letters, digits, '-', '_' or '.'"),
  dimension: z.enum(DIMENSIONS),
  theme: themeText,
  text: statementText,
  reversed: z.boolean(),
  translations: translationsSchema.optional(),
  themeTranslations: themeTranslationsSchema.optional(),
});

export const instrumentSchema = z
  .strictObject({
    format: z.literal(INSTRUMENT_FORMAT, { message: `must be "${INSTRUMENT_FORMAT}"` }),
    name: z.string().trim().min(1).max(200),
    /** The language `text` is written in; English when left out. */
    language: languageSchema.optional(),
    items: z.array(instrumentItemSchema).min(1, "an instrument needs at least one statement"),
  })
  .superRefine((instrument, context) => {
    const seen = new Set<string>();
    const base = instrument.language ?? DEFAULT_LOCALE;
    /** The first statement of each theme: the others must name the theme in other languages as it does. */
    const firstOfTheme = new Map<string, number>();
    instrument.items.forEach((item, index) => {
      if (seen.has(item.key))
        context.addIssue({ code: "custom", path: ["items", index, "key"], message: `duplicate key "${item.key}"` });
      seen.add(item.key);
      if (item.translations?.[base] !== undefined)
        context.addIssue({
          code: "custom",
          path: ["items", index, "translations", base],
          message: `the instrument is written in "${base}": this text belongs in "text"`,
        });
      if (item.themeTranslations?.[base] !== undefined)
        context.addIssue({
          code: "custom",
          path: ["items", index, "themeTranslations", base],
          message: `the instrument is written in "${base}": this name belongs in "theme"`,
        });
      const first = firstOfTheme.get(item.theme);
      if (first === undefined) firstOfTheme.set(item.theme, index);
      else
        for (const { locale, message } of themeDisagreements(instrument.items[first]!, first, item))
          context.addIssue({ code: "custom", path: ["items", index, "themeTranslations", locale], message });
    });
  });

const shown = (value: string | undefined) => (value === undefined ? "none" : `"${value}"`);

/** Where a statement names its theme in another language differently from the theme's first statement. */
function themeDisagreements(
  first: { theme: string; themeTranslations?: ThemeTranslations },
  firstIndex: number,
  item: { themeTranslations?: ThemeTranslations },
): { locale: string; message: string }[] {
  return LOCALES.flatMap((locale) => {
    const expected = first.themeTranslations?.[locale];
    const found = item.themeTranslations?.[locale];
    if (expected === found) return [];
    return [
      {
        locale,
        message: `${shown(found)} differs from ${shown(expected)} at items[${firstIndex}]: every statement of the theme "${first.theme}" names it the same in each language`,
      },
    ];
  });
}

export type Instrument = z.infer<typeof instrumentSchema>;
export type InstrumentItem = z.infer<typeof instrumentItemSchema>;
