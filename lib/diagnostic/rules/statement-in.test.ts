import { describe, expect, it } from "vitest";
import { instrumentSchema } from "@/lib/diagnostic/instrument-schema";
import { validateInstrumentText } from "./validate-instrument";
import { statementIn, themeIn } from "./statement-in";

const item = {
  key: "a",
  dimension: "practical",
  theme: "Theme",
  text: "Customers come first here.",
  reversed: false,
  translations: { fr: "Ici, les clients passent en premier.", de: "Hier kommt die Kundschaft zuerst." },
};
const document = { format: "throughline.instrument/1", name: "X", items: [item] };

describe("statementIn", () => {
  it("gives the respondent's language when translated, the instrument's own (and says so) otherwise", () => {
    expect(statementIn(item, "en", "fr")).toEqual({ text: item.translations.fr, lang: "fr" });
    expect(statementIn(item, "en", "nl")).toEqual({ text: item.text, lang: "en" });
    expect(statementIn({ text: "Texte de base." }, "fr", "de")).toEqual({ text: "Texte de base.", lang: "fr" });
    expect(statementIn({ text: "Base", translations: { es: "" } }, "en", "es")).toEqual({ text: "Base", lang: "en" });
  });
});

describe("throughline.instrument/1 translations", () => {
  it("parses translations and the instrument's language, both optional", () => {
    expect(instrumentSchema.parse({ ...document, language: "en" }).items[0]!.translations).toEqual(item.translations);
    const { translations: _dropped, ...plain } = item;
    expect(instrumentSchema.parse({ ...document, items: [plain] }).language).toBeUndefined();
  });

  it("round-trips through JSON text unchanged", () => {
    const text = JSON.stringify({ ...document, language: "en" });
    const parsed = validateInstrumentText(text);
    expect(parsed.ok && parsed.instrument).toEqual(JSON.parse(text));
  });

  it("names the path of a bad translation", () => {
    const refused = (value: unknown) => {
      const result = validateInstrumentText(JSON.stringify(value));
      return result.ok ? [] : result.errors.map((e) => e.path);
    };
    expect(
      refused({ ...document, items: [{ ...item, translations: { it: "Qui i clienti vengono prima." } }] }),
    ).toEqual(["items[0].translations"]);
    expect(refused({ ...document, items: [{ ...item, translations: { fr: 42 } }] })).toEqual([
      "items[0].translations.fr",
    ]);
    expect(refused({ ...document, language: "de" })).toEqual(["items[0].translations.de"]);
    expect(refused({ ...document, language: "klingon" })).toEqual(["language"]);
  });
});

describe("themeIn", () => {
  it("gives the theme in the respondent's language when translated, the instrument's own (and says so) otherwise", () => {
    const step = { theme: "Leadership", themeTranslations: { fr: "Management", de: "Führung" } };
    expect(themeIn(step, "en", "fr")).toEqual({ theme: "Management", themeLang: "fr" });
    expect(themeIn(step, "en", "es")).toEqual({ theme: "Leadership", themeLang: "en" });
    expect(themeIn({ theme: "Leadership" }, "en", "de")).toEqual({ theme: "Leadership", themeLang: "en" });
  });
});

describe("throughline.instrument/1 theme translations", () => {
  const errors = (value: unknown) => {
    const result = validateInstrumentText(JSON.stringify(value));
    return result.ok ? [] : result.errors;
  };
  const themed = (key: string, theme: string, themeTranslations?: Record<string, string>) => ({
    ...item,
    key,
    theme,
    ...(themeTranslations && { themeTranslations }),
  });

  it("parses a theme's names in other languages and keeps them", () => {
    const names = { fr: "Le thème", es: "El tema" };
    const parsed = instrumentSchema.parse({
      ...document,
      items: [themed("a", "Theme", names), themed("b", "Theme", names), themed("c", "Other")],
    });
    expect(parsed.items.map((i) => i.themeTranslations)).toEqual([names, names, undefined]);
  });

  it("refuses statements of one theme that name it differently, naming each path and value, all at once", () => {
    const found = errors({
      ...document,
      items: [
        themed("a", "Theme", { fr: "Le thème", de: "Das Thema" }),
        themed("b", "Theme", { fr: "Un autre thème", de: "Das Thema" }),
        themed("c", "Other", { fr: "Autre" }),
        themed("d", "Theme"),
        themed("e", "Other", { fr: "Autre" }),
      ],
    });
    expect(found.map((e) => e.path)).toEqual([
      "items[1].themeTranslations.fr",
      "items[3].themeTranslations.fr",
      "items[3].themeTranslations.de",
    ]);
    expect(found[0]!.message).toContain('"Un autre thème" differs from "Le thème" at items[0]');
    expect(found[0]!.message).toContain('the theme "Theme"');
    expect(found[2]!.message).toContain('none differs from "Das Thema" at items[0]');
  });

  it("refuses a theme name in the instrument's own language, and bad values, with the path", () => {
    expect(errors({ ...document, items: [themed("a", "Theme", { en: "Theme again" })] }).map((e) => e.path)).toEqual([
      "items[0].themeTranslations.en",
    ]);
    expect(
      errors({ ...document, language: "es", items: [themed("a", "Tema", { es: "Tema" })] }).map((e) => e.path),
    ).toEqual(["items[0].themeTranslations.es"]);
    const paths = (themeTranslations: unknown) =>
      errors({ ...document, items: [{ ...item, themeTranslations }] }).map((e) => e.path);
    expect(paths({ it: "Il tema" })).toEqual(["items[0].themeTranslations"]);
    expect(paths({ fr: "x".repeat(101) })).toEqual(["items[0].themeTranslations.fr"]);
    expect(paths({ fr: "   " })).toEqual(["items[0].themeTranslations.fr"]);
  });
});
