import { describe, expect, it } from "vitest";
import { segmentName } from "./segment-name";

describe("segmentName", () => {
  const names = new Map([
    ["billing-analyst", "Billing analyst"],
    ["claims", "Claims"],
  ]);

  it("names departments and roles by their names, levels in words and the whole as everyone", () => {
    expect(segmentName(names, "billing-analyst")).toBe("Billing analyst");
    expect(segmentName(names, "claims")).toBe("Claims");
    expect(segmentName(names, "leader")).toBe("Leaders");
    expect(segmentName(names, "frontline")).toBe("Frontline");
    expect(segmentName(names, "all")).toBe("Everyone");
    expect(segmentName(names, "(not stated)")).toBe("Not stated");
  });

  it("shows a key it has no name for as it is, rather than nothing", () => {
    expect(segmentName(names, "retired-team")).toBe("retired-team");
  });
});
