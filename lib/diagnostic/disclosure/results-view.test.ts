import { describe, expect, it } from "vitest";
import { HIDDEN_REASONS } from "@/lib/diagnostic/rules/anonymity";
import { gapHiddenReason } from "./results-view";

describe("gapHiddenReason", () => {
  const tooFew = HIDDEN_REASONS["too-few-respondents"](5);
  const bySubtraction = HIDDEN_REASONS.complementary(5);

  it("gives the hidden side's own reason: subtraction, when that was it — not a count that was met", () => {
    expect(gapHiddenReason(bySubtraction, null)).toBe(
      "Hidden for leaders: showing it next to the groups shown would let a group of fewer than 5 people be worked out by subtraction.",
    );
    expect(gapHiddenReason(null, tooFew)).toBe(
      "Hidden for the frontline: fewer than 5 respondents, so answers could identify people.",
    );
  });

  it("says it once when both sides are hidden for the same reason, and both reasons when they differ", () => {
    expect(gapHiddenReason(tooFew, tooFew)).toBe(
      "Hidden for leaders and frontline: fewer than 5 respondents, so answers could identify people.",
    );
    expect(gapHiddenReason(tooFew, bySubtraction)).toBe(
      "Hidden for leaders: fewer than 5 respondents, so answers could identify people. And for the frontline: showing it next to the groups shown would let a group of fewer than 5 people be worked out by subtraction.",
    );
  });
});
