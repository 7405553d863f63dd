import { describe, expect, it } from "vitest";
import { DIMENSION_NAMES } from "@/lib/diagnostic/dimension-names";
import { attentionCandidates, executiveSummary, type SummaryFigures } from "./executive-summary";

const figures: SummaryFigures = {
  dimensions: {
    practical: { shown: true, index: 65.1 },
    personal: { shown: true, index: 57.9 },
    possible: { shown: true, index: 48.3 },
  },
  dimensionNames: DIMENSION_NAMES,
  deltas: { possible: 2.1 },
  previousWave: "Spring 2026",
  gaps: [
    { dimension: "practical", shown: true, gap: 22.8, leader: 83.3, frontline: 60.5 },
    { dimension: "possible", shown: true, gap: 12, leader: 55, frontline: 43 },
    { shown: false },
  ],
  departments: [
    { name: "Claims", index3P: 58.3, shown: true },
    { name: "Billing and accounts", index3P: 57.4, shown: true },
    { name: "IT", index3P: null, shown: false },
  ],
  findings: [{ severity: "critical", sentence: "Average handle time pushes against staying on the call" }],
  alignment: [
    { name: "Claims", index: 40 },
    { name: "Logistics", index: null },
    { name: "Billing and accounts", index: 20 },
  ],
};

describe("the executive summary", () => {
  it("writes the three things of most concern, with their numbers, most concerning first", () => {
    expect(executiveSummary(figures)).toEqual([
      "The most severe finding (critical): Average handle time pushes against staying on the call.",
      "Billing and accounts has the lowest alignment: 20 % of its approved behaviours are free of a KPI, process or system working against them.",
      "Leaders rate Practical 22.8 points higher than the frontline (83.3 against 60.5).",
    ]);
  });

  it("quotes the weakest dimension with its change since the previous wave", () => {
    const dimension = attentionCandidates(figures).find((a) => a.kind === "dimension")!;
    expect(dimension.sentence).toBe("Possible is the weakest dimension at 48.3 out of 100 (+2.1 since Spring 2026).");
    expect(dimension.concern).toBeCloseTo(51.7);
  });

  it("says which way a gap runs when the frontline rates higher", () => {
    const gap = attentionCandidates({
      ...figures,
      gaps: [{ dimension: "personal", shown: true, gap: -6, leader: 50, frontline: 56 }],
    }).find((a) => a.kind === "gap")!;
    expect(gap.sentence).toBe("The frontline rate Personal 6 points higher than leaders (50 against 56).");
  });

  it("never quotes a hidden figure: a hidden dimension, gap or department is not a candidate", () => {
    const hidden: SummaryFigures = {
      ...figures,
      dimensions: {
        practical: { shown: true, index: 65.1 },
        personal: { shown: true, index: 57.9 },
        possible: { shown: false },
      },
      gaps: [{ shown: false }],
      departments: [
        { name: "Claims", index3P: 58.3, shown: true },
        { name: "IT", index3P: null, shown: false },
      ],
      findings: [],
      alignment: [],
    };
    const sentences = attentionCandidates(hidden).map((a) => a.sentence);
    expect(sentences).toEqual(["Personal is the weakest dimension at 57.9 out of 100."]);
    expect(sentences.join(" ")).not.toMatch(/Possible|IT|48\.3/);
  });

  it("says nothing when nothing is shown", () => {
    expect(
      executiveSummary({ ...figures, dimensions: null, gaps: [], departments: [], findings: [], alignment: [] }),
    ).toEqual([]);
  });
});
