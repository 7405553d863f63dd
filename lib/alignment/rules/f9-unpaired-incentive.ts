import { explainedFinding, type Finding } from "./finding";
import { kpiMeasures, kpiSubject, kpisObstructingApproved, roleByKey, type ModelIndex } from "./model-index";
import { listed } from "./wording";

/**
 * Whether some KPI among KPI k's counters catches the damage k can do: it must measure one of the roles
 * k measures. A KPI that measures no role is paired by any counter at all (DESIGN §4.2).
 */
export function hasCounter(index: ModelIndex, k: number): boolean {
  const counters = index.model.kpis[k]!.counters ?? [];
  if (index.kpiRoleStart[k] === index.kpiRoleStart[k + 1]) return counters.length > 0;
  for (const counter of counters) {
    const c = index.kpiNumber.get(counter);
    if (c === undefined) continue;
    for (let r = index.kpiRoleStart[c]!; r < index.kpiRoleStart[c + 1]!; r++)
      if (kpiMeasures(index, k, index.kpiRoles[r]!)) return true;
  }
  return false;
}

/**
 * F9 — unpaired incentive: a KPI tied to pay with nothing beside it that catches the damage it can do.
 * Medium; high when the KPI already works against an approved behaviour.
 */
export function findUnpairedIncentives(index: ModelIndex): Finding[] {
  const obstructing = kpisObstructingApproved(index);
  const findings: Finding[] = [];
  const kpis = index.model.kpis;
  const write = (k: number, obstructs: number) => explain(index, k, obstructs === 1);
  for (let k = 0; k < kpis.length; k++) {
    const kpi = kpis[k]!;
    if (!kpi.payLinked || hasCounter(index, k)) continue;
    const obstructs = obstructing[k] === 1;
    findings.push(
      explainedFinding("F9", obstructs ? "high" : "medium", [kpiSubject(index, k)], write, k, obstructs ? 1 : 0, 0, {
        obstructs,
        hasCounters: (kpi.counters ?? []).length > 0,
      }),
    );
  }
  return findings;
}

function explain(index: ModelIndex, k: number, obstructs: boolean): string {
  const kpi = index.model.kpis[k]!;
  const roles = [...new Set(kpi.measuredRoles ?? [])].map((key) => roleByKey(index, key)?.name ?? key);
  const whose = roles.length ? `the pay of the ${listed(roles)} role${roles.length > 1 ? "s" : ""}` : "pay or bonus";
  const counters = kpi.counters ?? [];
  const nothing = counters.length
    ? `its counters (${listed(counters.map((key) => kpiByKey(index, key)?.name ?? key))}) measure other people, so nothing catches what it can damage`
    : "nothing measures what it can damage";
  return (
    `${kpi.name} is tied to ${whose} and ${nothing}: pair it with a counter measure of the same people — quality beside speed, retention beside sales.` +
    (obstructs ? " It already works against an approved behaviour." : "")
  );
}

const kpiByKey = (index: ModelIndex, key: string) => {
  const k = index.kpiNumber.get(key);
  return k === undefined ? undefined : index.model.kpis[k];
};
