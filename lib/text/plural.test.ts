import { describe, expect, it } from "vitest";
import { count, listInWords, wordFor } from "./plural";

describe("count", () => {
  it("uses the singular for exactly one", () => {
    expect(count(1, "influence")).toBe("1 influence");
  });
  it("uses the plural for none and for many", () => {
    expect(count(0, "role")).toBe("0 roles");
    expect(count(3, "influence")).toBe("3 influences");
    expect(count(2, "KPI")).toBe("2 KPIs");
  });
  it("takes irregular plurals explicitly", () => {
    expect(count(1, "process", "processes")).toBe("1 process");
    expect(count(4, "process", "processes")).toBe("4 processes");
    expect(count(2, "person", "people")).toBe("2 people");
  });
});

describe("wordFor", () => {
  it("gives the word alone, singular for exactly one, for a number shown apart", () => {
    expect(wordFor(1, "finding")).toBe("finding");
    expect(wordFor(0, "finding")).toBe("findings");
    expect(wordFor(7, "open finding")).toBe("open findings");
  });
  it("takes irregular plurals and verbs", () => {
    expect(wordFor(1, "story", "stories")).toBe("story");
    expect(wordFor(2, "story", "stories")).toBe("stories");
    expect(wordFor(1, "was", "were")).toBe("was");
    expect(wordFor(3, "was", "were")).toBe("were");
  });
});

describe("listInWords", () => {
  it("joins with commas and a final and", () => {
    expect(listInWords([])).toBe("");
    expect(listInWords(["2 roles"])).toBe("2 roles");
    expect(listInWords(["2 roles", "1 KPI"])).toBe("2 roles and 1 KPI");
    expect(listInWords(["2 roles", "1 KPI", "3 processes"])).toBe("2 roles, 1 KPI and 3 processes");
  });
});
