import { describe, expect, it } from "vitest";
import { alignmentBand } from "@/lib/alignment/rules/alignment-band";
import { favourableBand } from "./favourable-band";

describe("favourableBand", () => {
  it("is high from 70 %, mid from 40 %, low below", () => {
    expect(favourableBand(100)).toBe("high");
    expect(favourableBand(70)).toBe("high");
    expect(favourableBand(69.9)).toBe("mid");
    expect(favourableBand(40)).toBe("mid");
    expect(favourableBand(39)).toBe("low");
    expect(favourableBand(0)).toBe("low");
  });

  it("keeps its own thresholds, apart from the alignment index's", () => {
    expect(favourableBand(72)).toBe("high");
    expect(alignmentBand(72)).toBe("mid");
  });
});
