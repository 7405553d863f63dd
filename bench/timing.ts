/** Timing helpers shared by the benchmarks. */

/** The p-th percentile (nearest rank) of a list of timings. */
export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

/** Milliseconds of each of `runs` calls, one after another. */
export async function timed(runs: number, fn: () => Promise<unknown>): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await fn();
    times.push(performance.now() - started);
  }
  return times;
}

export const summary = (times: number[]) =>
  `p50 ${percentile(times, 50).toFixed(0)} ms, p95 ${percentile(times, 95).toFixed(0)} ms`;

/** `count` calls over `concurrency` parallel workers: seconds taken, errors, and each call's milliseconds. */
export async function runConcurrently(
  count: number,
  concurrency: number,
  fn: () => Promise<unknown>,
): Promise<{ seconds: number; errors: number; latencies: number[] }> {
  const latencies: number[] = [];
  let started = 0;
  let errors = 0;
  const begun = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (started++ < count) {
        const t = performance.now();
        await fn().catch(() => errors++);
        latencies.push(performance.now() - t);
      }
    }),
  );
  return { seconds: (performance.now() - begun) / 1000, errors, latencies };
}
