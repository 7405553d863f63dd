/**
 * Benchmark of the conflict analysis (issue: ≤ 300 ms at 5,000 KPIs, 20,000 behaviours, 2,000 roles,
 * 100,000 influences on a 2-core machine; near-linear growth). Prints the median time at 1×, 2×, 4× and
 * 10× that size, and each time's ratio to 1× next to the size ratio.
 *   npm run bench:analyze            (1×, 2×, 4× and 10×)
 *   npm run bench:analyze -- 1 2     (only the scales named)
 */
import { analyzeModel } from "@/lib/alignment/rules/analyze-model";
import { validateModelValue } from "@/lib/model/rules/validate-model";
import { generateModel } from "./generate-model";

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function time(work: () => unknown, runs: number): number {
  work(); // warm-up
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    work();
    samples.push(performance.now() - started);
  }
  return median(samples);
}

const named = process.argv.slice(2).map(Number);
if (named.some((scale) => !(scale > 0))) throw new Error("scales must be positive numbers, e.g. 1 2");
const scales = named.length ? named : [1, 2, 4, 10];
/**
 * The floor any analysis pays: look every influence's behaviour up by key once. Its growth shows what
 * the memory hierarchy alone costs as the model outgrows the processor's caches.
 */
function resolveKeysOnly(model: ReturnType<typeof generateModel>): number {
  const position = new Map(model.behaviours.map((b, i) => [b.key, i]));
  let sum = 0;
  for (const influence of model.influences) sum += position.get(influence.to) ?? 0;
  return sum;
}

const rows: {
  scale: number;
  influences: number;
  kpiLinks: number;
  findings: number;
  analyze: number;
  validate: number;
  baseline: number;
}[] = [];
for (const scale of scales) {
  const model = generateModel(scale);
  const runs = scale >= 10 ? 3 : 7;
  const findings = analyzeModel(model).findings.length;
  rows.push({
    scale,
    influences: model.influences.length,
    kpiLinks: model.kpiLinks?.length ?? 0,
    findings,
    analyze: time(() => analyzeModel(model), runs),
    validate: time(() => validateModelValue(model), Math.min(runs, 3)),
    baseline: time(() => resolveKeysOnly(model), runs),
  });
}

const base = rows[0]!;
console.log("Conflict analysis (median of runs; node " + process.version + ")");
console.log(
  "scale  influences  KPI links  findings   analyze ms  ×1 ratio (size ratio)   validate ms  ×1 ratio   key-lookup floor ms  ×1 ratio",
);
for (const r of rows) {
  console.log(
    `${String(r.scale).padStart(4)}×  ${String(r.influences).padStart(10)}  ${String(r.kpiLinks).padStart(9)}  ${String(r.findings).padStart(8)}  ${r.analyze.toFixed(1).padStart(11)}  ${(r.analyze / base.analyze).toFixed(2).padStart(8)} (${r.scale})          ${r.validate.toFixed(1).padStart(11)}  ${(r.validate / base.validate).toFixed(2).padStart(8)}   ${r.baseline.toFixed(1).padStart(19)}  ${(r.baseline / base.baseline).toFixed(2).padStart(8)}`,
  );
}
console.log(
  `\nTarget: analysis ≤ 300 ms at 1×: ${base.analyze <= 300 ? "met" : "NOT met"} (${base.analyze.toFixed(1)} ms).`,
);
