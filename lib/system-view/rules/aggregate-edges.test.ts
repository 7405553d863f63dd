import { describe, expect, it } from "vitest";
import { edgesWithinBudget, mergeParallelEdges } from "./aggregate-edges";
import type { EdgeEffect, GraphEdge } from "./graph-types";
import type { Severity } from "@/lib/alignment/rules/finding";

const edge = (
  source: string,
  target: string,
  effect: EdgeEffect,
  count: number,
  weight: number,
  severity?: Severity,
  findings: string[] = [],
): GraphEdge => ({
  id: `${source}>${target}:${effect}`,
  source,
  target,
  effect,
  strength: Math.min(3, Math.ceil(weight / count)),
  count,
  weight,
  severity,
  findings,
  findingCount: findings.length,
});

describe("merging parallel lines", () => {
  it("makes one line of a pair's links, its effect the heaviest, with each effect's share", () => {
    const [merged, alone] = mergeParallelEdges([
      edge("a", "x", "supports", 10, 20, "low", ["f-low"]),
      edge("a", "x", "obstructs", 4, 12, "critical", ["f-crit", "f-crit-2"]),
      edge("b", "x", "supports", 1, 2),
    ]);
    expect(merged).toMatchObject({
      id: "a>x",
      effect: "supports",
      count: 14,
      weight: 32,
      strength: 3,
      severity: "critical",
      findingCount: 3,
      parts: [
        { effect: "supports", count: 10, weight: 20 },
        { effect: "obstructs", count: 4, weight: 12 },
      ],
    });
    // The most severe finding is the one named.
    expect(merged!.findings).toEqual(["f-crit"]);
    // A pair with one effect is left as it is.
    expect(alone).toEqual(edge("b", "x", "supports", 1, 2));
  });

  it("lets the obstructing effect lead at a tie of weight", () => {
    const [merged] = mergeParallelEdges([edge("a", "x", "supports", 3, 6), edge("a", "x", "obstructs", 2, 6)]);
    expect(merged!.effect).toBe("obstructs");
  });

  it("keeps the two directions between a pair apart", () => {
    expect(mergeParallelEdges([edge("a", "b", "reinforces", 1, 2), edge("b", "a", "trades-off", 1, 2)])).toHaveLength(
      2,
    );
  });
});

describe("the budget of lines", () => {
  const star = [
    edge("a", "x", "supports", 50, 100),
    edge("a", "y", "supports", 40, 80),
    edge("b", "x", "supports", 30, 60),
    edge("b", "y", "supports", 20, 40),
    edge("c", "z", "supports", 1, 1),
  ];

  it("draws at most the budget, the most severe and heaviest first", () => {
    const drawn = edgesWithinBudget([...star, edge("c", "y", "obstructs", 1, 1, "high")], 3);
    expect(drawn.map((e) => e.id)).toEqual(["c>y:obstructs", "a>x:supports", "b>x:supports"]);
  });

  it("keeps a line for every node before a second line for any", () => {
    const drawn = edgesWithinBudget(star, 4);
    // c>z is the lightest of all but the only line of c and z; b>y would reach no node not reached yet.
    expect(drawn.map((e) => e.id)).toEqual(["a>x:supports", "a>y:supports", "b>x:supports", "c>z:supports"]);
    expect(new Set(drawn.flatMap((e) => [e.source, e.target])).size).toBe(6);
  });

  it("draws everything when the budget allows", () => {
    expect(edgesWithinBudget(star, 10)).toHaveLength(star.length);
  });
});
