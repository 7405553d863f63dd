/** Months as YYYY-MM: their order, and a KPI's readings as one value per month. */

/** Months since year 0: consecutive months are consecutive numbers. */
export function monthNumber(period: string): number {
  return Number(period.slice(0, 4)) * 12 + Number(period.slice(5, 7)) - 1;
}

export type ReadingPoint = { period: string; value: number; target?: number; department?: string };

/**
 * One value per month, oldest first: the whole KPI's reading where there is one, else the mean of its
 * departments' readings that month.
 */
export function monthlySeries(readings: readonly ReadingPoint[]): { period: string; value: number }[] {
  const byMonth = new Map<string, { whole?: number; sum: number; count: number }>();
  for (const r of readings) {
    const month = byMonth.get(r.period) ?? { sum: 0, count: 0 };
    if (r.department === undefined) month.whole = r.value;
    else {
      month.sum += r.value;
      month.count += 1;
    }
    byMonth.set(r.period, month);
  }
  return [...byMonth.entries()]
    .map(([period, m]) => ({ period, value: m.whole ?? m.sum / m.count }))
    .sort((a, b) => (a.period < b.period ? -1 : a.period > b.period ? 1 : 0));
}
