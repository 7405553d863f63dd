import { describe, expect, it } from "vitest";
import { checkLanguage, cleanShare } from "./check-language";
import { DEFAULT_EUPHEMISMS } from "./language-rules";

const words = (text: string, lexicon = DEFAULT_EUPHEMISMS) =>
  checkLanguage(text, lexicon).map((hit) => `${hit.kind}:${hit.words}`);

describe("jargon for customers", () => {
  it("flags PAX in any case, with why and a plainer form", () => {
    const [hit] = checkLanguage("Board all PAX within 20 minutes of the gate opening");
    expect(hit).toMatchObject({ kind: "jargon", words: "PAX", start: 10, end: 13 });
    expect(hit!.why).toContain("passengers");
    expect(hit!.suggestion).toMatch(/passengers/);
    expect(words("count the pax at the door")).toEqual(["jargon:pax"]);
  });

  it("flags units and heads used for people, but not business units, unit prices, department heads or heads of", () => {
    expect(words("Process 40 units an hour and move the heads through security")).toEqual([
      "jargon:units",
      "jargon:heads",
    ]);
    expect(words("Each business unit reports its unit cost; department heads and heads of service sign off")).toEqual(
      [],
    );
    expect(words("We track the headcount")).toEqual([]);
  });

  it("does not match inside other words", () => {
    expect(words("The paxton gate; communities; forehead")).toEqual([]);
  });

  it("flags punters and bodies", () => {
    expect(words("Get the punters in and the bodies out")).toEqual(["jargon:punters", "jargon:bodies"]);
  });
});

describe("euphemisms from the organisation's lexicon", () => {
  it("ships sensible defaults", () => {
    expect(words("Call the claimant back")).toEqual(["euphemism:the claimant"]);
    expect(words("Reduce contacts per order")).toEqual(["euphemism:contacts"]);
  });

  it("matches whole words across any spacing and case, and uses the organisation's own entries", () => {
    const lexicon = [{ term: "service user", plainer: "customer", why: "We serve customers, not users." }];
    const [hit] = checkLanguage("Greet each Service   User at the desk", lexicon);
    expect(hit).toMatchObject({
      kind: "euphemism",
      words: "Service   User",
      suggestion: "customer",
      why: "We serve customers, not users.",
    });
    expect(words("the service users", lexicon)).toEqual([]);
    expect(words("Call the claimant back", [])).toEqual([]);
  });

  it("treats special characters in a term literally", () => {
    expect(words("Ring the B2B (gold) client", [{ term: "B2B (gold) client", plainer: "customer" }])).toEqual([
      "euphemism:B2B (gold) client",
    ]);
    expect(words("Ring the B2B gold client", [{ term: "B2B (gold) client", plainer: "customer" }])).toEqual([]);
  });

  it("ignores empty lexicon terms", () => {
    expect(words("anything", [{ term: "   ", plainer: "x" }])).toEqual([]);
  });
});

describe("platitudes", () => {
  it.each([
    ["Be friendly and proactive", ["platitude:Be friendly and proactive"]],
    ["Staff must be polite, helpful and always responsive", ["platitude:be polite, helpful and always responsive"]],
    ["Always delight the customer", ["platitude:delight the customer"]],
    ["Go the extra mile for every caller", ["platitude:Go the extra mile"]],
    ["Agents should be more empathetic", ["platitude:be more empathetic"]],
    ["Deliver world-class service", ["platitude:world-class service"]],
    ["Put the customer at the heart of everything", ["platitude:Put the customer at the heart"]],
  ])("flags “%s”", (text, expected) => {
    expect(words(text)).toEqual(expected);
  });

  it("explains that an intention is not an action and suggests an observable one", () => {
    const [hit] = checkLanguage("Be proactive with late deliveries");
    expect(hit!.why).toContain("not an action");
    expect(hit!.suggestion).toMatch(/Calls the customer before they chase us/);
  });

  it("leaves concrete, observable behaviours alone", () => {
    const clean = [
      "Stays on the call until the customer knows exactly what happens next with their claim",
      "Calls the customer back within one working day, by name, with the next step",
      "Sends invoices that name the customer and explain every line in plain words",
    ];
    for (const text of clean) expect(words(text)).toEqual([]);
  });
});

describe("several findings in one text", () => {
  it("reports each stretch once, in order, with exact positions", () => {
    const text = "Be friendly to PAX and delight the customer";
    const hits = checkLanguage(text);
    expect(hits.map((h) => text.slice(h.start, h.end))).toEqual(["Be friendly", "PAX", "delight the customer"]);
    expect(hits.map((h) => h.kind)).toEqual(["platitude", "jargon", "platitude"]);
  });

  it("runs again on the same text with the same result (no regex state leaks between calls)", () => {
    expect(checkLanguage("PAX PAX")).toEqual(checkLanguage("PAX PAX"));
    expect(checkLanguage("PAX PAX")).toHaveLength(2);
  });
});

describe("cleanShare", () => {
  it("is the share of texts with no hit", () => {
    expect(cleanShare(["Calls back the same day", "Be friendly", "Board the PAX", "Explains each line"])).toBe(0.5);
    expect(cleanShare([])).toBeNull();
  });
});

describe("on any text", () => {
  it("never throws, and every hit is in bounds, in order, non-overlapping and quotes the text exactly", async () => {
    const fc = (await import("fast-check")).default;
    const phrase = fc.constantFrom(
      "be friendly",
      "PAX",
      "units",
      "the claimant",
      "delight the customer",
      "department heads",
      " ",
      ", and ",
      "x",
    );
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string(), phrase), { maxLength: 12 }), (parts) => {
        const text = parts.join(" ");
        const hits = checkLanguage(text);
        let previousEnd = 0;
        for (const hit of hits) {
          expect(hit.start).toBeGreaterThanOrEqual(previousEnd);
          expect(hit.end).toBeLessThanOrEqual(text.length);
          expect(text.slice(hit.start, hit.end)).toBe(hit.words);
          expect(hit.suggestion.length).toBeGreaterThan(0);
          previousEnd = hit.end;
        }
      }),
      { numRuns: 400 },
    );
  });
});

describe("claimant, as a word on its own", () => {
  it("is flagged as a euphemism, and “the claimant” stays one hit", () => {
    expect(words("Process claimant paperwork within 48 hours")).toEqual(["euphemism:claimant"]);
    expect(words("Call the claimant back")).toEqual(["euphemism:the claimant"]);
  });
});
