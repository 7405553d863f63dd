import { describe, expect, it } from "vitest";
import { namedLike, sameName } from "./same-name";

describe("sameName", () => {
  it("treats names differing only in case or surrounding spaces as the same", () => {
    expect(sameName("Billing", " billing ")).toBe(true);
    expect(sameName("Billing", "Billing team")).toBe(false);
  });

  it("finds another item of the same name, never the item itself", () => {
    const items = [
      { id: "a", name: "Billing" },
      { id: "b", name: "Sales" },
    ];
    expect(namedLike(items, "BILLING")?.id).toBe("a");
    expect(namedLike(items, "Billing", "a")).toBeUndefined();
  });
});
