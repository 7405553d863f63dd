/**
 * Benchmark of the gamed-metric signals (issue 15: 60,000 readings over 5,000 KPIs at 1×): the time to compute
 * every KPI's signals — bunching, improving while its counters do not, improving while the Possible index of
 * its roles does not — at 1×, 2×, 4× and 10×, with each time's ratio to 1× next to the size ratio.
 *   npm run bench:readings            (1×, 2×, 4× and 10×)
 *   npm run bench:readings -- 1 2     (only the scales named)
 */
import { gamedMetricSignals, type SignalKpi, type SignalReading } from "@/lib/kpis/rules/gamed-metric-signals";

/** A small seeded generator, so every run measures the same data. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function generate(scale: number) {
  const next = random(15);
  const kpiCount = 5000 * scale;
  const roleCount = 2000 * scale;
  const months = Array.from({ length: 12 }, (_, i) => `2026-${String(i + 1).padStart(2, "0")}`);
  const kpis: SignalKpi[] = Array.from({ length: kpiCount }, (_, i) => ({
    key: `k${i}`,
    direction: (["higher", "lower", "band"] as const)[i % 3]!,
    counters: next() < 0.5 ? [`k${Math.floor(next() * kpiCount)}`] : [],
    measuredRoles: [`r${Math.floor(next() * roleCount)}`, `r${Math.floor(next() * roleCount)}`],
  }));
  const readings: SignalReading[] = [];
  for (const kpi of kpis) {
    const target = 50 + next() * 500;
    const drift = (next() - 0.5) * 0.02;
    months.forEach((period, m) =>
      readings.push({ kpi: kpi.key, period, value: target * (1 + drift * m + (next() - 0.5) * 0.1), target }),
    );
  }
  const possible = new Map(
    Array.from({ length: roleCount }, (_, r) => [
      `r${r}`,
      ["2026-02", "2026-05", "2026-08", "2026-11"].map((period) => ({ period, value: 40 + next() * 40 })),
    ]),
  );
  return { kpis, readings, possible };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

const named = process.argv.slice(2).map(Number);
if (named.some((scale) => !(scale > 0))) throw new Error("scales must be positive numbers, e.g. 1 2");
const scales = named.length ? named : [1, 2, 4, 10];
let base: number | null = null;
for (const scale of scales) {
  const { kpis, readings, possible } = generate(scale);
  gamedMetricSignals(kpis, readings, possible); // warm-up
  const samples: number[] = [];
  let flagged = 0;
  for (let run = 0; run < (scale >= 10 ? 3 : 5); run++) {
    const started = performance.now();
    const signals = gamedMetricSignals(kpis, readings, possible);
    samples.push(performance.now() - started);
    flagged = [...signals.values()].filter(
      (s) => s.bunching?.flagged || s.counters?.flagged || s.possible?.flagged,
    ).length;
  }
  const ms = median(samples);
  base ??= ms / scale;
  console.log(
    `${scale}×: ${kpis.length} KPIs, ${readings.length} readings: ${ms.toFixed(0)} ms (×${(ms / (base * scales[0]!)).toFixed(2)} for ×${(scale / scales[0]!).toFixed(0)} the size), ${flagged} KPIs worth a look`,
  );
}
