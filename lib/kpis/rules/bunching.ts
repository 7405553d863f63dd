/**
 * Signal (a) of DESIGN §4.2: readings that bunch just past the target. Among the readings with a target,
 * those within a narrow band just on the good side of it are counted against those just on the other side;
 * far more on the good side is what a measure people manage to, rather than a process that varies, looks like.
 *
 * - The band's width w is 5 % of |target| (a target of 0: a quarter of the readings' interquartile range).
 * - Good side for "higher is better": target ≤ v < target + w; other side: target − w ≤ v < target.
 *   For "lower is better": target − w < v ≤ target; other side: target < v ≤ target + w.
 * - A KPI kept within a band has no good side to crowd towards: it is not checked.
 * - Flagged when the good side holds at least 5 readings and at least 3× the other side, and a one-sided
 *   binomial test (each reading as likely on either side, p = ½) gives p < 0.05.
 */
import { binomialDistribution, interquartileRange } from "simple-statistics";
import type { ReadingPoint } from "./periods";

export const BUNCHING = { bandShare: 0.05, minGood: 5, ratio: 3, alpha: 0.05 } as const;

export type BunchingEvidence = {
  /** Readings just on the good side of their target. */
  justMet: number;
  /** Readings just on the other side. */
  justMissed: number;
  /** Readings with a target. */
  withTarget: number;
  /**
   * P(at least `justMet` of `justMet + justMissed` on the good side) if either side were as likely; null when
   * the counts alone rule a signal out.
   */
  pValue: number | null;
  /** Each reading's distance to its target, as a share of |target| (positive: above the target). */
  distances: { period: string; department?: string; share: number }[];
  /** The band's width as a share of |target| (for a zero target: in the KPI's unit). */
  band: number;
};

export function bunchingPastTarget(
  direction: "higher" | "lower" | "band",
  readings: readonly ReadingPoint[],
): { flagged: boolean; evidence: BunchingEvidence } | null {
  if (direction === "band") return null;
  const targeted = readings.filter((r): r is ReadingPoint & { target: number } => r.target !== undefined);
  if (targeted.length === 0) return null;
  const values = targeted.map((r) => r.value);
  // Only a zero target needs the spread of the readings.
  const zeroTargetWidth =
    values.length >= 4 && targeted.some((r) => r.target === 0) ? interquartileRange(values) / 4 : 0;
  let justMet = 0;
  let justMissed = 0;
  for (const { value: v, target: t } of targeted) {
    const w = t !== 0 ? BUNCHING.bandShare * Math.abs(t) : zeroTargetWidth;
    if (w <= 0) continue;
    if (direction === "higher") {
      if (t <= v && v < t + w) justMet++;
      else if (t - w <= v && v < t) justMissed++;
    } else {
      if (t - w < v && v <= t) justMet++;
      else if (t < v && v <= t + w) justMissed++;
    }
  }
  // The test is run only when the counts could flag (it costs more than everything else here).
  const lopsided = justMet >= BUNCHING.minGood && justMet >= BUNCHING.ratio * justMissed;
  const pValue = lopsided ? upperTail(justMet, justMet + justMissed) : null;
  const flagged = pValue !== null && pValue < BUNCHING.alpha;
  return {
    flagged,
    evidence: {
      justMet,
      justMissed,
      withTarget: targeted.length,
      pValue,
      distances: targeted.map((r) => ({
        period: r.period,
        ...(r.department !== undefined ? { department: r.department } : {}),
        share: r.target !== 0 ? (r.value - r.target) / Math.abs(r.target) : r.value,
      })),
      band: targeted.some((r) => r.target !== 0) ? BUNCHING.bandShare : zeroTargetWidth,
    },
  };
}

/** P(X ≥ k) for X ~ Binomial(n, ½), from the exact lower cells (simple-statistics trims only the far tail). */
export function upperTail(k: number, n: number): number {
  if (n === 0 || k <= 0) return 1;
  const cells = binomialDistribution(n, 0.5) ?? [];
  let below = 0;
  for (let x = 0; x < k; x++) below += cells[x] ?? 0;
  return Math.min(1, Math.max(0, 1 - below));
}
