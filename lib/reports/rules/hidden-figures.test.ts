import { describe, expect, it } from "vitest";
import { hiddenFigures } from "./hidden-figures";

describe("hidden figures", () => {
  it("names the hidden groups with why, and counts every figure withheld", () => {
    const shown = { shown: true };
    const hidden = { shown: false, reason: "Hidden: fewer than 5 people answered this." };
    const summary = hiddenFigures({
      dimensions: [shown, shown, hidden],
      gaps: [shown, hidden, hidden],
      items: [shown, shown, shown, shown],
      departments: [
        { name: "Claims", shown: true, dimensions: [shown, hidden, shown], items: [shown, hidden, hidden, shown] },
        { name: "IT", shown: false, reason: "Hidden: fewer than 5 respondents, so answers could identify people." },
      ],
      participation: [{ answered: 12 }, { answered: null }],
    });
    expect(summary.groups).toEqual([
      { name: "IT", reason: "Hidden: fewer than 5 respondents, so answers could identify people." },
    ]);
    // 1 dimension + 2 gaps + Claims' 1 dimension and 2 statements + IT's 1 + 3 + 4 + 1 participation count.
    expect(summary.figures).toBe(1 + 2 + 3 + 8 + 1);
  });

  it("counts nothing when everything is shown", () => {
    expect(hiddenFigures({ dimensions: null, gaps: [], items: [], departments: [], participation: [] })).toEqual({
      groups: [],
      figures: 0,
    });
  });
});
