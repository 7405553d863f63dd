import { describe, expect, it } from "vitest";
import { firstMatching, hasEveryWord, searchWords } from "./words";

const names = ["Average handle time", "First contact resolution", "100% on time", "Net_promoter score"];
const byName = (name: string) => name;

describe("searchWords", () => {
  it("lower-cases and splits on any space, dropping empty words", () => {
    expect(searchWords("  Handle\tTIME \n")).toEqual(["handle", "time"]);
    expect(searchWords("")).toEqual([]);
  });
  it("keeps at most ten words", () => {
    expect(searchWords("a b c d e f g h i j k l")).toHaveLength(10);
  });
});

describe("hasEveryWord", () => {
  it("needs every word, in any order and case", () => {
    expect(hasEveryWord("Average handle time", ["time", "avera"])).toBe(true);
    expect(hasEveryWord("Average handle time", ["time", "score"])).toBe(false);
  });
  it("finds everything with no words", () => {
    expect(hasEveryWord("anything", [])).toBe(true);
  });
  it("takes %, _ and \\ as themselves, not as wildcards", () => {
    expect(hasEveryWord("100% on time", ["%"])).toBe(true);
    expect(hasEveryWord("Average handle time", ["%"])).toBe(false);
    expect(hasEveryWord("Average handle time", ["_"])).toBe(false);
    expect(hasEveryWord("Net_promoter score", ["t_p"])).toBe(true);
    expect(hasEveryWord("Average handle time", ["a\\"])).toBe(false);
  });
});

describe("firstMatching", () => {
  it("lists the first matches in the order given and says when more match", () => {
    expect(firstMatching(names, "t", 2, byName)).toEqual({
      shown: ["Average handle time", "First contact resolution"],
      more: true,
    });
    expect(firstMatching(names, "time", 2, byName)).toEqual({
      shown: ["Average handle time", "100% on time"],
      more: false,
    });
  });
  it("lists the first ones with no words, and none when nothing matches", () => {
    expect(firstMatching(names, " ", 3, byName)).toEqual({ shown: names.slice(0, 3), more: true });
    expect(firstMatching(names, "nothing is called this", 3, byName)).toEqual({ shown: [], more: false });
  });
});
