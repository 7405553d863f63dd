/**
 * For random response sets and every breakdown: no shown figure is computed from fewer than k
 * respondents, and no hidden segment can be recovered as total − shown segments.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { anonymityOptions } from "./anonymity";
import { DEFAULT_INSTRUMENT } from "./default-instrument";
import { scoreResults, type BreakdownField } from "./score-results";
import { dimensionFigures, itemFigures, type DiagnosticResponse } from "./scoring";

const items = DEFAULT_INSTRUMENT.items.slice(0, 9);
const instrument = { ...DEFAULT_INSTRUMENT, items };
const answer = fc.oneof({ weight: 5, arbitrary: fc.integer({ min: 1, max: 5 }) }, { weight: 1, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: fc.constant(undefined) });
const responseArbitrary: fc.Arbitrary<DiagnosticResponse> = fc.record({
  department: fc.constantFrom("claims", "billing", "it", "hr", "sales"),
  role: fc.constantFrom("agent", "clerk", "lead"),
  level: fc.constantFrom("leader", "manager", "frontline" as const),
  answers: fc.tuple(...items.map(() => answer)).map((values) => Object.fromEntries(items.flatMap((item, i) => (values[i] === undefined ? [] : [[item.key, values[i]!]])))),
});

describe("anonymity on random response sets", () => {
  it("never shows a figure built from fewer than k respondents, and never leaves a hidden group recoverable", () => {
    fc.assert(
      fc.property(fc.array(responseArbitrary, { maxLength: 60 }), fc.integer({ min: 3, max: 8 }), fc.constantFrom<BreakdownField>("department", "role", "level"), (responses, k, by) => {
        const results = scoreResults(instrument, responses, anonymityOptions(k, Math.max(k, 10)), by);
        const segments = [results.total, ...results.breakdown!.segments];
        for (const segment of segments) {
          if (!segment.shown) continue;
          expect(segment.respondents).toBeGreaterThanOrEqual(k);
          const group = segment.key === "all" ? responses : responses.filter((r) => (r[by] ?? "(not stated)") === segment.key);
          for (const item of segment.items) if (item.shown) expect(itemFigures(items.find((i) => i.key === item.key)!, group).n).toBeGreaterThanOrEqual(k);
          for (const [dimension, figure] of Object.entries(segment.dimensions)) {
            if (figure.shown) expect(dimensionFigures(items, group, dimension as "practical").respondents).toBeGreaterThanOrEqual(k);
          }
        }
        if (results.total.shown) {
          const hidden = results.breakdown!.segments.filter((s) => !s.shown).reduce((sum, s) => sum + s.respondents, 0);
          expect(hidden === 0 || hidden >= k).toBe(true);
        } else {
          expect(results.breakdown!.segments.every((s) => !s.shown)).toBe(true);
        }
        for (const gap of results.gaps) {
          if (!gap.shown) continue;
          expect(responses.filter((r) => r.level === "leader").length).toBeGreaterThanOrEqual(k);
          expect(responses.filter((r) => r.level === "frontline").length).toBeGreaterThanOrEqual(k);
        }
      }),
      { numRuns: 400 },
    );
  });
});
