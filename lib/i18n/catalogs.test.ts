import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { createTranslator } from "next-intl";
import { LOCALES } from "./locales";

type Catalog = { [key: string]: string | Catalog };
const catalog = (locale: string): Catalog =>
  JSON.parse(readFileSync(path.join(process.cwd(), "messages", `${locale}.json`), "utf8")) as Catalog;

/** Every message's path and text, e.g. ["Survey.flow.next", "Next"]. */
function entries(messages: Catalog, prefix = ""): [string, string][] {
  return Object.entries(messages).flatMap(([key, value]) =>
    typeof value === "string" ? [[prefix + key, value] as [string, string]] : entries(value, `${prefix}${key}.`),
  );
}

/** The placeholders and tags a message uses ({k}, {date, date, long}, <strong>). */
const argumentsOf = (text: string) =>
  [...text.matchAll(/\{\s*(\w+)|<(\w+)>/g)].map((match) => match[1] ?? `<${match[2]}>`).sort();

const english = new Map(entries(catalog("en")));

describe.each(LOCALES.filter((locale) => locale !== "en"))("the %s catalog", (locale) => {
  const translated = new Map(entries(catalog(locale)));

  it("has every English message, and nothing English does not have", () => {
    expect([...english.keys()].filter((key) => !translated.has(key))).toEqual([]);
    expect([...translated.keys()].filter((key) => !english.has(key))).toEqual([]);
  });

  it("uses the same placeholders as English in every message, and each one formats", () => {
    const t = createTranslator({
      locale,
      messages: catalog(locale),
      onError: (error) => {
        throw error;
      },
    });
    const values = {
      k: 5,
      wave: "W",
      domain: "d.example",
      email: "a@d.example",
      answered: 1,
      total: 2,
      step: 1,
      steps: 2,
      dimension: "D",
      date: new Date(0),
      seconds: 3,
      count: 12,
      minutes: 4,
      organisation: "O",
    };
    for (const [key, text] of translated) {
      expect(argumentsOf(text), key).toEqual(argumentsOf(english.get(key) ?? ""));
      expect(
        () => t.markup(key as never, { ...values, strong: (chunks: string) => chunks } as never),
        key,
      ).not.toThrow();
    }
  });

  it("is translated, not copied (words that are the same in both languages aside)", () => {
    const same = [...translated].filter(([key, text]) => english.get(key) === text).map(([key]) => key);
    expect(same.length, same.join(", ")).toBeLessThanOrEqual(4);
  });
});

describe("counts in the respondent's language", () => {
  const translator = (locale: string) => {
    const t = createTranslator({ locale, messages: catalog(locale) });
    return (key: string, values: Record<string, number>) => t(key as never, values as never);
  };

  it("agrees the noun with the number (French takes the singular for one) and says how long it takes", () => {
    const fr = translator("fr");
    expect(fr("Survey.flow.progress", { answered: 1, total: 30 })).toBe("1 affirmation répondue sur 30");
    expect(fr("Survey.flow.progress", { answered: 2, total: 30 })).toBe("2 affirmations répondues sur 30");
    expect(translator("en")("Survey.intro", { k: 5, minutes: 1 })).toContain("it takes about 1 minute.");
    expect(translator("de")("Survey.intro", { k: 5, minutes: 10 })).toContain("das dauert etwa 10 Minuten.");
  });
});
