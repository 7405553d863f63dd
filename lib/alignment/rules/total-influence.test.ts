import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { modelArbitrary } from "@/lib/model/model-arbitrary";
import type { ModelDocument } from "@/lib/model/model-schema";
import { baseModel } from "../test-model";
import { rankTotalInfluence } from "./total-influence";

/**
 * DEMATEL written out the long way, apart from the engine: the whole direct matrix over every node, N = D / s,
 * and T = N + N² + N³ + … (the series of N(I − N)⁻¹), summed over approved behaviours for each KPI's row.
 */
function referenceTotals(model: ModelDocument, signed: boolean): Map<string, number> {
  const nodes = [
    ...model.kpis.map((k) => `kpi:${k.key}`),
    ...model.processes.map((p) => `process:${p.key}`),
    ...model.systems.map((s) => `system:${s.key}`),
    ...model.behaviours.map((b) => `behaviour:${b.key}`),
  ];
  const n = nodes.length;
  const D = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  const at = (node: string) => nodes.indexOf(node);
  for (const i of model.influences) {
    const w = i.strength * (signed && i.effect === "obstructs" ? -1 : 1);
    D[at(i.from)]![at(`behaviour:${i.to}`)]! += w;
  }
  for (const l of model.kpiLinks ?? [])
    D[at(`kpi:${l.from}`)]![at(`kpi:${l.to}`)]! += 2 * (signed && l.effect === "trades-off" ? -1 : 1);
  let s = 0;
  for (let r = 0; r < n; r++)
    s = Math.max(
      s,
      D[r]!.reduce((a, v) => a + Math.abs(v), 0),
    );
  for (let c = 0; c < n; c++)
    s = Math.max(
      s,
      D.reduce((a, row) => a + Math.abs(row[c]!), 0),
    );
  const N = D.map((row) => row.map((v) => (s ? v / s : 0)));
  const T = N.map((row) => [...row]);
  let power = N.map((row) => [...row]);
  for (let k = 2; k < 400; k++) {
    power = power.map((row) => N[0]!.map((_, c) => row.reduce((a, v, j) => a + v * N[j]![c]!, 0)));
    let size = 0;
    power.forEach((row, r) => row.forEach((v, c) => ((T[r]![c]! += v), (size = Math.max(size, Math.abs(v))))));
    if (size < 1e-15) break;
  }
  const approved = model.behaviours.filter((b) => b.status === "approved").map((b) => at(`behaviour:${b.key}`));
  return new Map(model.kpis.map((k) => [k.key, approved.reduce((a, c) => a + T[at(`kpi:${k.key}`)]![c]!, 0)]));
}

describe("total influence (DEMATEL)", () => {
  it("agrees with T = N + N² + … over the whole matrix, for random models", () => {
    fc.assert(
      fc.property(
        modelArbitrary({ departments: 2, roles: 3, stages: 2, behaviours: 8, kpis: 6, processes: 2, systems: 2 }),
        (model) => {
          const ranked = rankTotalInfluence(model);
          const net = referenceTotals(model, true);
          const reach = referenceTotals(model, false);
          for (const row of ranked) {
            expect(row.net).toBeCloseTo(net.get(row.kpi)!, 9);
            expect(row.reach).toBeCloseTo(reach.get(row.kpi)!, 9);
          }
          expect(ranked.map((r) => r.reach)).toEqual([...ranked.map((r) => r.reach)].sort((a, b) => b - a));
        },
      ),
      { numRuns: 150 },
    );
  });

  it("ranks a measure that moves another above one that pushes the same behaviour alone", () => {
    const model = baseModel();
    const kpi = (key: string) => ({
      key,
      name: key,
      direction: "higher" as const,
      department: "contact",
      payLinked: false,
      horizon: "long" as const,
      category: "operational" as const,
    });
    model.kpis = [kpi("speed"), kpi("quality"), kpi("volume")];
    model.influences = [
      { from: "kpi:quality", to: "solve", effect: "supports", strength: 2 },
      { from: "kpi:volume", to: "solve", effect: "supports", strength: 2 },
    ];
    // Speed touches no behaviour itself, but trades off quality: it hurts "solve" through it.
    model.kpiLinks = [{ from: "speed", to: "quality", effect: "trades-off" }];
    const ranked = rankTotalInfluence(model);
    const speed = ranked.find((r) => r.kpi === "speed")!;
    expect(speed.directReach).toBe(0);
    expect(speed.net).toBeLessThan(0);
    expect(speed.reach).toBeGreaterThan(0);
    expect(ranked[0]!.index).toBe(100);
    expect(ranked.map((r) => r.kpi)).toEqual(["quality", "volume", "speed"]);
  });

  it("gives nothing to rank in a model with no influences", () => {
    const model = baseModel();
    expect(rankTotalInfluence(model)).toEqual([]);
  });
});
