/**
 * The gamed-metric signals of DESIGN §4.2 for every KPI at once, each with its evidence: (a) bunching just
 * past the target, (b) improving while its counters do not, (c) improving while the Possible index of the
 * roles it measures does not. "Worth a look", never a verdict. Pure.
 */
import { bunchingPastTarget } from "./bunching";
import { monthlySeries, type ReadingPoint } from "./periods";
import { improvingAlone } from "./trends";

type Direction = "higher" | "lower" | "band";
export type SignalKpi = {
  key: string;
  direction: Direction;
  counters?: readonly string[];
  measuredRoles?: readonly string[];
};
export type SignalReading = ReadingPoint & { kpi: string };
/** Per role, the Possible index of each closed wave the member may see (hidden figures left out). */
export type PossibleByRole = ReadonlyMap<string, readonly { period: string; value: number }[]>;

export type KpiSignals = {
  bunching: ReturnType<typeof bunchingPastTarget>;
  counters: ReturnType<typeof improvingAlone>;
  possible: ReturnType<typeof improvingAlone>;
};

export function gamedMetricSignals(
  kpis: readonly SignalKpi[],
  readings: readonly SignalReading[],
  possible: PossibleByRole = new Map(),
): Map<string, KpiSignals> {
  const byKpi = new Map<string, SignalReading[]>();
  for (const r of readings) {
    const list = byKpi.get(r.kpi);
    if (list) list.push(r);
    else byKpi.set(r.kpi, [r]);
  }
  const series = new Map<string, { period: string; value: number }[]>();
  const seriesOf = (key: string) => {
    let found = series.get(key);
    if (!found) series.set(key, (found = monthlySeries(byKpi.get(key) ?? [])));
    return found;
  };
  const direction = new Map(kpis.map((k) => [k.key, k.direction]));
  const result = new Map<string, KpiSignals>();
  for (const kpi of kpis) {
    const own = byKpi.get(kpi.key);
    if (!own) continue;
    const mine = { direction: kpi.direction, series: seriesOf(kpi.key) };
    result.set(kpi.key, {
      bunching: bunchingPastTarget(kpi.direction, own),
      counters: improvingAlone(
        mine,
        (kpi.counters ?? []).map((c) => ({ key: c, direction: direction.get(c) ?? "band", series: seriesOf(c) })),
      ),
      possible: improvingAlone(
        mine,
        (kpi.measuredRoles ?? []).map((role) => ({
          key: role,
          direction: "higher" as const,
          series: possible.get(role) ?? [],
        })),
        2,
      ),
    });
  }
  return result;
}
