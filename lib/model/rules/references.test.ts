import { describe, expect, it } from "vitest";
import {
  influenceSourceRef,
  influenceSourceRefOf,
  parseInfluenceSource,
  STORY_SOURCES,
  storySourceFromDb,
  storySourceToDb,
} from "./references";

describe("influence source references", () => {
  it("parses kind and key, and writes them back the same", () => {
    expect(parseInfluenceSource("kpi:aht")).toEqual({ kind: "kpi", key: "aht" });
    expect(parseInfluenceSource("system:crm.v2")).toEqual({ kind: "system", key: "crm.v2" });
    expect(influenceSourceRefOf(parseInfluenceSource("process:claims-form"))).toBe("process:claims-form");
  });

  it("refuses what is not a reference, with the caller's message", () => {
    const schema = influenceSourceRef("A source like kpi:<key>");
    for (const bad of ["kpi:", "team:x", "kpi:a:b", "kpi:-x", "aht"]) {
      const result = schema.safeParse(bad);
      expect(result.success, bad).toBe(false);
      if (!result.success) expect(result.error.issues[0]?.message).toBe("A source like kpi:<key>");
    }
    expect(() => parseInfluenceSource("team:x")).toThrow();
  });
});

describe("story sources", () => {
  it("round-trips every source between the model file and the database", () => {
    expect(storySourceToDb("ride-along")).toBe("ride_along");
    for (const source of STORY_SOURCES) expect(storySourceFromDb(storySourceToDb(source))).toBe(source);
  });
});
