import { describe, expect, it } from "vitest";
import { matching } from "./search-pick-many";

const items = Array.from({ length: 120 }, (_, i) => ({ key: `k${i}`, name: `Measure ${i}` }));

describe("what a search over a list the page has offers", () => {
  it("offers the first fifty in their order when nothing is typed, and says there are more", () => {
    const { shown, more } = matching(items, "  ");
    expect(shown.map((i) => i.key)).toEqual(items.slice(0, 50).map((i) => i.key));
    expect(more).toBe(true);
  });

  it("keeps the names that have every word, in any case", () => {
    const named = [
      { key: "aht", name: "Average handle time" },
      { key: "fcr", name: "First contact resolution" },
      { key: "ht", name: "Handle time per claim" },
    ];
    expect(matching(named, "TIME handle").shown.map((i) => i.key)).toEqual(["aht", "ht"]);
    expect(matching(named, "handle claim")).toEqual({ shown: [named[2]], more: false });
    expect(matching(named, "nothing")).toEqual({ shown: [], more: false });
  });
});
