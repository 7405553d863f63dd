import { describe, expect, it } from "vitest";
import { instrumentSchema } from "@/lib/diagnostic/instrument-schema";
import { validateInstrumentText } from "./validate-instrument";
import { statementIn } from "./statement-in";

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
