import { describe, expect, it } from "vitest";
import { because } from "./wording";

describe("because", () => {
  it("closes a finding with the rationale as a sentence", () => {
    expect(because("Long calls cut the hourly count")).toBe(" Why: Long calls cut the hourly count.");
    expect(because("Already a sentence.")).toBe(" Why: Already a sentence.");
  });

  it("says nothing, not a bare “Why:”, when there is no rationale", () => {
    for (const none of [undefined, null, "", "   "]) expect(because(none)).toBe("");
  });
});
