import { describe, expect, it } from "vitest";
import { fromAcceptLanguage, negotiateLocale } from "./negotiate-locale";

describe("negotiateLocale", () => {
  it("takes the respondent's choice over everything else", () => {
    expect(negotiateLocale({ chosen: "nl", cookie: "de", invitation: "es", acceptLanguage: "fr" })).toBe("nl");
  });

  it("falls back in order: cookie, invitation language, Accept-Language, English", () => {
    expect(negotiateLocale({ cookie: "de", invitation: "es", acceptLanguage: "fr" })).toBe("de");
    expect(negotiateLocale({ invitation: "es", acceptLanguage: "fr" })).toBe("es");
    expect(negotiateLocale({ acceptLanguage: "fr" })).toBe("fr");
    expect(negotiateLocale({})).toBe("en");
  });

  it("skips values it does not speak instead of failing", () => {
    expect(negotiateLocale({ chosen: "it", cookie: "<script>", invitation: "", acceptLanguage: "de" })).toBe("de");
    expect(negotiateLocale({ chosen: "FR" })).toBe("fr");
    expect(negotiateLocale({ acceptLanguage: "ja, zh;q=0.8" })).toBe("en");
  });
});

describe("fromAcceptLanguage", () => {
  it("takes the highest weight, then the first listed", () => {
    expect(fromAcceptLanguage("de;q=0.5, nl;q=0.9, en;q=0.7")).toBe("nl");
    expect(fromAcceptLanguage("es, fr")).toBe("es");
  });

  it("serves a regional variant in its language", () => {
    expect(fromAcceptLanguage("fr-CA,fr;q=0.9,en-US;q=0.8")).toBe("fr");
    expect(fromAcceptLanguage("nl-BE")).toBe("nl");
  });

  it("ignores refused (q=0) and malformed ranges", () => {
    expect(fromAcceptLanguage("fr;q=0, de")).toBe("de");
    expect(fromAcceptLanguage("fr;q=abc, es;q=0.1")).toBe("es");
    expect(fromAcceptLanguage(";;, ,")).toBeNull();
    expect(fromAcceptLanguage("*")).toBe("en");
  });
});
