/**
 * The subtraction attacks of issue 10, verbatim, against the rules alone (the same attacks run through
 * HTTP against the built app in e2e): each one got a person's answers on the old rules.
 */
import { describe, expect, it } from "vitest";
import { anonymityOptions } from "@/lib/diagnostic/rules/anonymity";
import { DEFAULT_INSTRUMENT } from "../default-instrument";
import { scoreResults, type SegmentResult } from "../score-results";
import type { DiagnosticResponse } from "@/lib/diagnostic/rules/scoring";
import { atomsFromResponses } from "./atoms";
import { buildCatalogue } from "./group-catalogue";
import { planDisclosure } from "./plan-disclosure";
import { normaliseAtoms } from "./wave-structure";

const items = DEFAULT_INSTRUMENT.items;
const answering = (value: number, extra: Partial<DiagnosticResponse>): DiagnosticResponse => ({
  answers: Object.fromEntries(items.map((i) => [i.key, value])),
  ...extra,
});
const many = (count: number, value: number, extra: Partial<DiagnosticResponse>) =>
  Array.from({ length: count }, () => answering(value, extra));
const structure = {
  departments: [
    { key: "contact", parent: null },
    { key: "claims", parent: null },
    { key: "it", parent: null },
  ],
  roles: [
    { key: "advisor", department: "contact" },
    { key: "team-leader", department: "contact" },
    { key: "handler", department: "claims" },
  ],
};
const find = (segments: SegmentResult[] | undefined, key: string) => segments?.find((s) => s.key === key);
const shown = (segment: SegmentResult | undefined) => segment?.shown === true;

describe("subtraction attacks on the rules", () => {
  it("1. contact (11) minus advisor (10) cannot be taken: one of the two is hidden in every view", () => {
    const responses = [
      ...many(10, 4, { department: "contact", role: "advisor", level: "frontline" }),
      answering(1, { department: "contact", role: "team-leader", level: "manager" }),
      ...many(12, 3, { department: "claims", role: "handler", level: "frontline" }),
    ];
    const options = anonymityOptions(5, 10);
    const byDepartment = scoreResults(DEFAULT_INSTRUMENT, responses, options, "department", structure);
    const byRole = scoreResults(DEFAULT_INSTRUMENT, responses, options, "role", structure);
    expect(
      shown(find(byDepartment.breakdown?.segments, "contact")) && shown(find(byRole.breakdown?.segments, "advisor")),
    ).toBe(false);
    expect(find(byRole.breakdown?.segments, "team-leader")).toEqual({
      key: "team-leader",
      shown: false,
      reason: expect.stringContaining("fewer than 5"),
    });
  });

  it("2. comments of 22 minus comments of 20 cannot be taken", () => {
    const responses = [
      ...Array.from({ length: 20 }, (_, i) =>
        answering(4, { department: "contact", role: "advisor", comments: { possible: `advisor comment ${i}` } }),
      ),
      ...Array.from({ length: 2 }, () =>
        answering(2, {
          department: "contact",
          role: "team-leader",
          comments: { possible: "My manager ignores every complaint" },
        }),
      ),
      ...many(12, 3, { department: "claims", role: "handler" }),
    ];
    const options = anonymityOptions(5, 10);
    const contact = find(
      scoreResults(DEFAULT_INSTRUMENT, responses, options, "department", structure).breakdown?.segments,
      "contact",
    );
    const advisor = find(
      scoreResults(DEFAULT_INSTRUMENT, responses, options, "role", structure).breakdown?.segments,
      "advisor",
    );
    const commentsOf = (segment: SegmentResult | undefined) =>
      segment?.shown && segment.comments.shown ? segment.comments.byDimension.possible : null;
    expect(commentsOf(contact) !== null && commentsOf(advisor) !== null).toBe(false);
  });

  it("3. a statement one person answered in IT cannot be had as the total minus the other departments", () => {
    const key = items[0]!.key;
    const it = [
      answering(5, { department: "it" }),
      ...Array.from({ length: 5 }, () => ({
        ...answering(3, { department: "it" }),
        answers: { ...answering(3, {}).answers, [key]: null },
      })),
    ];
    const responses = [...it, ...many(12, 2, { department: "claims" }), ...many(9, 2, { department: "contact" })];
    const results = scoreResults(DEFAULT_INSTRUMENT, responses, anonymityOptions(5, 10), "department", structure);
    const n = (segment: SegmentResult | undefined) =>
      segment?.shown ? (segment.items.find((i) => i.key === key) as { shown: boolean; n?: number }) : null;
    const total = n(results.total);
    const others = ["claims", "contact"].map((d) => n(find(results.breakdown?.segments, d)));
    // Either the total's or another department's figure for that statement is hidden.
    expect(total?.shown && others.every((o) => o?.shown)).toBe(false);
  });

  it("4. one more response after a publication changes nothing until k more have arrived", () => {
    const first = [...many(12, 3, { department: "claims" }), ...many(8, 4, { department: "contact" })];
    const second = [answering(1, { department: "contact" })];
    const { structure: s, atoms } = normaliseAtoms(
      structure,
      atomsFromResponses(DEFAULT_INSTRUMENT, [...first, ...second]),
    );
    const catalogue = buildCatalogue(s, atoms);
    const align = (responses: DiagnosticResponse[]) => {
      const byCell = new Map(
        atomsFromResponses(DEFAULT_INSTRUMENT, responses).map((a) => [
          JSON.stringify([a.department, a.role, a.level]),
          a,
        ]),
      );
      return catalogue.atoms.map(
        (a) =>
          byCell.get(JSON.stringify([a.department, a.role, a.level])) ?? {
            ...a,
            respondents: 0,
            items: {},
            dimensions: {
              practical: { respondents: 0, sumOfScores: 0 },
              personal: { respondents: 0, sumOfScores: 0 },
              possible: { respondents: 0, sumOfScores: 0 },
            },
          },
      );
    };
    const thresholds = { k: 5, commentK: 10 };
    const earlier = planDisclosure(buildCatalogue(s, align(first)), [align(first)], [], thresholds, false);
    expect(earlier.groups).toContain("all");
    const later = planDisclosure(catalogue, [align(first), align(second)], [earlier], thresholds, false);
    expect(later.groups).toEqual([]);
  });

  it("levels do not cut a department down to one person: all leaders (6) minus a department of leaders (5)", () => {
    const responses = [
      ...many(5, 5, { department: "it", level: "leader" }),
      answering(1, { department: "claims", level: "leader" }),
      ...many(14, 3, { department: "claims", level: "frontline" }),
    ];
    const byLevel = scoreResults(DEFAULT_INSTRUMENT, responses, anonymityOptions(5, 10), "level", structure);
    const byDepartment = scoreResults(DEFAULT_INSTRUMENT, responses, anonymityOptions(5, 10), "department", structure);
    expect(
      shown(find(byLevel.breakdown?.segments, "leader")) && shown(find(byDepartment.breakdown?.segments, "it")),
    ).toBe(false);
  });
});
