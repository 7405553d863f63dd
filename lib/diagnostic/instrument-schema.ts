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

export const instrumentItemSchema = z.strictObject({
  key: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,99}$/, "keys are letters, digits, '-', '_' or '.'"),
  dimension: z.enum(DIMENSIONS),
  theme: z.string().trim().min(1).max(100),
  text: statementText,
  reversed: z.boolean(),
  translations: translationsSchema.optional(),
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
    });
  });

export type Instrument = z.infer<typeof instrumentSchema>;
export type InstrumentItem = z.infer<typeof instrumentItemSchema>;
