import { describe, expect, it } from "vitest";
import { DEFAULT_INSTRUMENT } from "./default-instrument";
import { STATEMENT_TRANSLATIONS, THEME_TRANSLATIONS } from "./default-instrument-translations";
import { instrumentSchema } from "./instrument-schema";

const OTHER_LANGUAGES = ["fr", "de", "nl", "es"] as const;

describe("the shipped instrument", () => {
  it("passes the format's schema, written in English", () => {
    expect(instrumentSchema.parse(DEFAULT_INSTRUMENT)).toEqual(DEFAULT_INSTRUMENT);
    expect(DEFAULT_INSTRUMENT.language).toBe("en");
  });

  it("has every statement and every theme in French, German, Dutch and Spanish", () => {
    for (const item of DEFAULT_INSTRUMENT.items)
      for (const locale of OTHER_LANGUAGES) {
        expect(item.translations?.[locale]?.trim(), `${item.key} in ${locale}`).toBeTruthy();
        expect(item.translations?.[locale], `${item.key} in ${locale}`).not.toBe(item.text);
        expect(item.themeTranslations?.[locale]?.trim(), `${item.theme} in ${locale}`).toBeTruthy();
      }
  });

  it("has no translation left over for a statement or theme it does not have", () => {
    expect(Object.keys(STATEMENT_TRANSLATIONS).sort()).toEqual(DEFAULT_INSTRUMENT.items.map((i) => i.key).sort());
    expect(Object.keys(THEME_TRANSLATIONS).sort()).toEqual(
      [...new Set(DEFAULT_INSTRUMENT.items.map((i) => i.theme))].sort(),
    );
  });

  it("keeps each language's statements distinct, as the English ones are", () => {
    for (const locale of OTHER_LANGUAGES) {
      const texts = DEFAULT_INSTRUMENT.items.map((i) => i.translations?.[locale]);
      expect(new Set(texts).size, locale).toBe(DEFAULT_INSTRUMENT.items.length);
    }
  });
});
