import { describe, expect, it } from "vitest";
import { actionTitleFor, atWordBoundary } from "./short-title";

describe("atWordBoundary", () => {
  it("keeps short text whole", () => {
    expect(atWordBoundary("Call the customer back", 60)).toBe("Call the customer back");
  });
  it("cuts between words, with no ellipsis and no dangling joiner", () => {
    expect(atWordBoundary("Call the customer back within one day and explain the next step", 40)).toBe(
      "Call the customer back within one day",
    );
    expect(atWordBoundary("Explain the claim, then agree the next step", 20)).toBe("Explain the claim");
  });
  it("keeps the start of a single overlong word", () => {
    expect(atWordBoundary("Supercalifragilistic", 5)).toBe("Super");
  });
});

describe("actionTitleFor", () => {
  it("names what conflicts, each subject in whole words, within the limit", () => {
    const title = actionTitleFor([
      "Average handling time",
      "Stay on the line until the customer has understood every next step of their claim, however long it takes",
    ]);
    expect(title.startsWith("Resolve: Average handling time vs Stay on the line")).toBe(true);
    expect(title.length).toBeLessThanOrEqual(120);
    expect(title).not.toMatch(/…|\.\.\.$/);
    expect(title.split(" ").every((w) => w.length > 0)).toBe(true);
  });
});
