import { describe, expect, it } from "vitest";
import { bunchingPastTarget, upperTail } from "./bunching";
import { monthlySeries } from "./periods";
import { improvingAlone, trendOf } from "./trends";

const months = (n: number, start = 2025) =>
  Array.from({ length: n }, (_, i) => `${start + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, "0")}`);

describe("bunching just past the target", () => {
  it("flags handle times that land just under a 300 s target far more often than just over it", () => {
    const values = [299, 297, 296, 298, 295, 299, 294, 298, 297, 303, 320, 280, 299, 296, 298, 260, 340, 299];
    const readings = months(values.length).map((period, i) => ({ period, value: values[i]!, target: 300 }));
    const result = bunchingPastTarget("lower", readings)!;
    expect(result.flagged).toBe(true);
    expect(result.evidence).toMatchObject({ justMet: 13, justMissed: 1, withTarget: 18 });
    expect(result.evidence.pValue).toBeLessThan(0.001);
    expect(result.evidence.distances[0]).toEqual({ period: "2025-01", share: -1 / 300 });
  });

  it("does not flag readings spread evenly around the target", () => {
    const values = [101, 99, 102, 98, 103, 97, 101.5, 98.5, 104, 96, 100.5, 99.5];
    const readings = months(values.length).map((period, i) => ({ period, value: values[i]!, target: 100 }));
    const result = bunchingPastTarget("higher", readings)!;
    expect(result.flagged).toBe(false);
    expect(result.evidence.justMet).toBe(6);
    expect(result.evidence.justMissed).toBe(6);
  });

  it("reads the good side from the direction: higher is better bunches just above", () => {
    const values = [80.5, 81, 80.2, 82, 80.1, 81.5, 75];
    const readings = months(values.length).map((period, i) => ({ period, value: values[i]!, target: 80 }));
    expect(bunchingPastTarget("higher", readings)!.flagged).toBe(true);
    // The same readings for a lower-is-better KPI are just missed, not just met.
    expect(bunchingPastTarget("lower", readings)!.evidence).toMatchObject({ justMet: 0, justMissed: 6 });
  });

  it("needs enough readings: four just past the target are not a signal", () => {
    const readings = months(4).map((period) => ({ period, value: 299, target: 300 }));
    expect(bunchingPastTarget("lower", readings)!.flagged).toBe(false);
    expect(bunchingPastTarget("lower", [])).toBeNull();
    expect(bunchingPastTarget("band", readings)).toBeNull();
  });

  it("computes the one-sided binomial tail exactly", () => {
    expect(upperTail(5, 5)).toBeCloseTo(1 / 32, 12);
    expect(upperTail(6, 10)).toBeCloseTo(386 / 1024, 12);
    expect(upperTail(0, 10)).toBe(1);
  });
});

describe("improving while its counters are not", () => {
  const line = (n: number, start: number, step: number) =>
    months(n).map((period, i) => ({ period, value: start + step * i }));

  it("flags a handle time falling 20 % while first contact resolution stays flat", () => {
    const result = improvingAlone({ direction: "lower", series: line(12, 360, -6) }, [
      { key: "fcr", direction: "higher", series: line(12, 0.7, 0) },
    ])!;
    expect(result.flagged).toBe(true);
    expect(result.kpi.slope).toBeCloseTo(-6, 9);
    expect(result.kpi.change).toBeGreaterThan(0.05);
    expect(result.companions[0]!.trend.change).toBeCloseTo(0, 9);
  });

  it("does not flag when the counter improves too, or the KPI is flat", () => {
    const counterImproving = [{ key: "fcr", direction: "higher" as const, series: line(12, 0.6, 0.01) }];
    expect(improvingAlone({ direction: "lower", series: line(12, 360, -6) }, counterImproving)!.flagged).toBe(false);
    const flatCounter = [{ key: "fcr", direction: "higher" as const, series: line(12, 0.7, 0) }];
    expect(improvingAlone({ direction: "lower", series: line(12, 300, 0) }, flatCounter)!.flagged).toBe(false);
  });

  it("gives no signal with too few readings, or no counter readings in the KPI's window", () => {
    const counter = [{ key: "fcr", direction: "higher" as const, series: line(12, 0.7, 0) }];
    expect(improvingAlone({ direction: "lower", series: line(5, 360, -6) }, counter)).toBeNull();
    expect(improvingAlone({ direction: "lower", series: line(12, 360, -6) }, [])).toBeNull();
    const later = [
      {
        key: "fcr",
        direction: "higher" as const,
        series: line(12, 0.7, 0).map((p) => ({ ...p, period: p.period.replace("2025", "2027") })),
      },
    ];
    expect(improvingAlone({ direction: "lower", series: line(12, 360, -6) }, later)).toBeNull();
  });

  it("takes the last 12 months and the whole KPI's reading over its departments'", () => {
    expect(trendOf(line(20, 0, 1), "higher")!.from).toBe("2025-09");
    expect(
      monthlySeries([
        { period: "2025-02", value: 4, department: "a" },
        { period: "2025-02", value: 6, department: "b" },
        { period: "2025-01", value: 9, department: "a" },
        { period: "2025-01", value: 1 },
      ]),
    ).toEqual([
      { period: "2025-01", value: 1 },
      { period: "2025-02", value: 5 },
    ]);
  });
});
