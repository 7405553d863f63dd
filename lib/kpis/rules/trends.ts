/**
 * Signals (b) and (c) of DESIGN §4.2: a KPI that improves while what should move with it does not — its
 * counters (b), or the Possible index of the roles it measures (c).
 *
 * A trend is the least-squares slope (simple-statistics' linearRegression) of the last 12 monthly values
 * against the month, turned into the change over that window as a share of the values' mean level
 * (|mean|; 1 when the mean is 0), signed so that positive is better in the KPI's direction.
 * - Improving: a change of at least +5 %. Flat or worse: below +2 %.
 * - A trend needs at least 6 months. Counters are read over the KPI's own window; a counter with fewer than 6
 *   months there is left out, and with none left there is no signal. KPIs kept within a band have no direction.
 */
import { linearRegression } from "simple-statistics";
import { monthNumber } from "./periods";

export const TRENDS = { window: 12, minPoints: 6, improving: 0.05, flat: 0.02 } as const;

export type Trend = {
  /** First and last month of the window. */
  from: string;
  to: string;
  points: number;
  /** Slope per month, in the KPI's unit. */
  slope: number;
  /** Change over the window as a share of the mean level, positive = better. */
  change: number;
  series: { period: string; value: number }[];
};

/** The trend of a monthly series (oldest first) over its last `window` months, or null with too few. */
export function trendOf(
  series: readonly { period: string; value: number }[],
  direction: "higher" | "lower",
  window: { from?: string; to?: string; minPoints?: number } = {},
): Trend | null {
  const inWindow = series.filter(
    (p) => (window.from === undefined || p.period >= window.from) && (window.to === undefined || p.period <= window.to),
  );
  const last = window.from === undefined ? inWindow.slice(-TRENDS.window) : inWindow;
  if (last.length < (window.minPoints ?? TRENDS.minPoints) || last.length < 2) return null;
  const { m: slope } = linearRegression(last.map((p) => [monthNumber(p.period), p.value]));
  const span = monthNumber(last.at(-1)!.period) - monthNumber(last[0]!.period);
  const mean = last.reduce((s, p) => s + p.value, 0) / last.length;
  const scale = Math.abs(mean) > 1e-12 ? Math.abs(mean) : 1;
  const change = ((direction === "higher" ? 1 : -1) * slope * span) / scale;
  return { from: last[0]!.period, to: last.at(-1)!.period, points: last.length, slope, change, series: last };
}

export type CompanionTrend = { key: string; trend: Trend };

/**
 * Whether the KPI improves while every companion with enough data (counters, or roles' Possible index) is
 * flat or worse. Companions are read over the KPI's window, each in its own direction.
 */
export function improvingAlone(
  kpi: { direction: "higher" | "lower" | "band"; series: readonly { period: string; value: number }[] },
  companions: readonly {
    key: string;
    direction: "higher" | "lower" | "band";
    series: readonly { period: string; value: number }[];
  }[],
  /** Fewest companion points over the KPI's window (surveys come a few times a year: 2). */
  companionMinPoints: number = TRENDS.minPoints,
): { flagged: boolean; kpi: Trend; companions: CompanionTrend[] } | null {
  if (kpi.direction === "band") return null;
  const own = trendOf(kpi.series, kpi.direction);
  if (!own) return null;
  const trends = companions.flatMap((c) => {
    if (c.direction === "band") return [];
    const trend = trendOf(c.series, c.direction, { from: own.from, to: own.to, minPoints: companionMinPoints });
    return trend ? [{ key: c.key, trend }] : [];
  });
  if (trends.length === 0) return null;
  const flagged = own.change >= TRENDS.improving && trends.every((c) => c.trend.change < TRENDS.flat);
  return { flagged, kpi: own, companions: trends };
}
