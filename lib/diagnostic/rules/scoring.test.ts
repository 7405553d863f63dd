import { describe, expect, it } from "vitest";
import { anonymityOptions } from "./anonymity";
import type { Instrument } from "@/lib/diagnostic/instrument-schema";
import { scoreResults } from "@/lib/diagnostic/score-results";
import { dimensionFigures, itemFigures, recoded, threePIndex, type DiagnosticResponse } from "./scoring";

const instrument: Instrument = {
  format: "throughline.instrument/1",
  name: "Mini",
  items: [
    { key: "a", dimension: "practical", theme: "t", text: "Statement a", reversed: false },
    { key: "b", dimension: "practical", theme: "t", text: "Statement b", reversed: true },
    { key: "c", dimension: "personal", theme: "t", text: "Statement c", reversed: false },
    { key: "d", dimension: "possible", theme: "t", text: "Statement d", reversed: false },
  ],
};
const [a, b] = instrument.items;
const response = (
  answers: Record<string, number | null>,
  extra: Partial<DiagnosticResponse> = {},
): DiagnosticResponse => ({ answers, ...extra });

describe("scoring (DESIGN §4.1)", () => {
  it("recodes reversed items as 6 − v and ignores don't-know and out-of-range values", () => {
    expect(recoded(b!, 1)).toBe(5);
    expect(recoded(b!, 4)).toBe(2);
    expect(recoded(a!, null)).toBeNull();
    expect(recoded(a!, 0)).toBeNull();
    expect(recoded(a!, 2.5)).toBeNull();
  });

  it("gives an item's n, mean, favourable and unfavourable shares over valid answers", () => {
    const responses = [
      response({ a: 5 }),
      response({ a: 4 }),
      response({ a: 2 }),
      response({ a: 3 }),
      response({ a: null }),
      response({}),
    ];
    expect(itemFigures(a!, responses)).toEqual({
      key: "a",
      dimension: "practical",
      n: 4,
      mean: 3.5,
      favourable: 50,
      unfavourable: 25,
    });
  });

  it("averages each respondent's dimension score first, then maps the mean to 0–100, one decimal", () => {
    // Respondent 1: a=5, b=1 (→5): 5. Respondent 2: a=2 only: 2. Respondent 3: don't know on both: not counted.
    const responses = [response({ a: 5, b: 1 }), response({ a: 2 }), response({ a: null, b: null })];
    expect(dimensionFigures(instrument.items, responses, "practical")).toEqual({
      dimension: "practical",
      respondents: 2,
      index: 62.5,
    });
    expect(threePIndex([62.5, 50, 25])).toBe(45.8);
    expect(threePIndex([62.5, null, 25])).toBeNull();
  });
});

describe("anonymity", () => {
  it("never lets k fall below 3, nor the comment threshold below k", () => {
    expect(() => anonymityOptions(2)).toThrow();
    expect(() => anonymityOptions(5, 4)).toThrow();
    expect(anonymityOptions()).toEqual({ k: 5, commentK: 10 });
  });

  it("shows no figure of a segment under k, and says why", () => {
    const responses = Array.from({ length: 4 }, () => response({ a: 4, c: 4, d: 4 }));
    expect(scoreResults(instrument, responses, anonymityOptions()).total).toEqual({
      key: "all",
      shown: false,
      reason: expect.stringContaining("fewer than 5 respondents"),
    });
  });

  it("hides an item or dimension answered by fewer than k within a shown segment, and comments under the comment threshold", () => {
    const responses = [
      ...Array.from({ length: 5 }, () =>
        response({ a: 4, c: 5 }, { comments: { personal: "Nobody tells us who the customer is" } }),
      ),
      ...Array.from({ length: 3 }, () => response({ a: 2, d: 1 })),
    ];
    const total = scoreResults(instrument, responses, anonymityOptions()).total;
    if (!total.shown) throw new Error("expected the total to be shown");
    expect(total.items.find((i) => i.key === "a")).toMatchObject({ shown: true, n: 8 });
    expect(total.items.find((i) => i.key === "d")).toMatchObject({ shown: false });
    expect(total.dimensions.possible).toMatchObject({ shown: false });
    expect(total.index3P).toBeNull();
    expect(total.comments).toMatchObject({ shown: false });
  });

  it("shows comments, sorted, from 10 respondents", () => {
    const responses = Array.from({ length: 10 }, (_, i) =>
      response({ a: 4, c: 4, d: 4 }, { comments: { possible: `comment ${9 - i}` } }),
    );
    const total = scoreResults(instrument, responses, anonymityOptions()).total;
    expect(total.shown && total.comments.shown && total.comments.byDimension.possible[0]).toBe("comment 0");
  });
});

describe("leader–frontline gaps", () => {
  it("is leaders minus frontline per dimension, called out from 10 points, and hidden when either group is small", () => {
    const leaders = Array.from({ length: 5 }, () => response({ a: 5, c: 4, d: 4 }, { level: "leader" }));
    const frontline = Array.from({ length: 6 }, () => response({ a: 3, c: 4, d: 2 }, { level: "frontline" }));
    const gaps = scoreResults(instrument, [...leaders, ...frontline], anonymityOptions()).gaps;
    expect(gaps).toEqual([
      { dimension: "practical", shown: true, gap: 50, calledOut: true, leader: 100, frontline: 50 },
      { dimension: "personal", shown: true, gap: 0, calledOut: false, leader: 75, frontline: 75 },
      { dimension: "possible", shown: true, gap: 50, calledOut: true, leader: 75, frontline: 25 },
    ]);
    const fewLeaders = scoreResults(
      instrument,
      [...leaders.slice(0, 4), ...frontline, ...frontline],
      anonymityOptions(),
    ).gaps;
    expect(fewLeaders.every((g) => !g.shown)).toBe(true);
  });
});
