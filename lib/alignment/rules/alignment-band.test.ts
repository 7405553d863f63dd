import { describe, expect, it } from "vitest";
import { alignmentBand } from "./alignment-band";

describe("alignment bands", () => {
  it("are high from 75, mid from 40, low below, and none without approved behaviours", () => {
    expect([100, 75, 74.9, 40, 39.9, 0, null].map(alignmentBand)).toEqual([
      "high",
      "high",
      "mid",
      "mid",
      "low",
      "low",
      null,
    ]);
  });
});
