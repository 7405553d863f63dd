import type { Kpi } from "@/lib/model/model-schema";
import { makeFinding, type Finding } from "./finding";
import { kpisObstructingApproved, type ModelIndex } from "./model-index";
import { listed } from "./wording";

/**
 * Whether some KPI among `kpi.counters` catches the damage `kpi` can do: it must measure one of the roles
 * `kpi` measures. A KPI that measures no role is paired by any counter at all (DESIGN §4.2).
 */
export function hasCounter(index: ModelIndex, kpi: Kpi): boolean {
  const counters = kpi.counters ?? [];
  const measured = index.measuredRoles.get(kpi.key)!;
  if (measured.size === 0) return counters.length > 0;
  for (const counter of counters) {
    const roles = index.measuredRoles.get(counter);
    if (roles) for (const role of roles) if (measured.has(role)) return true;
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
  for (const kpi of index.model.kpis) {
    if (!kpi.payLinked || hasCounter(index, kpi)) continue;
    const obstructs = obstructing.has(kpi.key);
    findings.push(
      makeFinding(
        "F9",
        obstructs ? "high" : "medium",
        [{ kind: "kpi", key: kpi.key }],
        () => explain(index, kpi, obstructs),
        { obstructs, hasCounters: (kpi.counters ?? []).length > 0 },
      ),
    );
  }
  return findings;
}

function explain(index: ModelIndex, kpi: Kpi, obstructs: boolean): string {
  const roles = [...index.measuredRoles.get(kpi.key)!].map((key) => index.roles.get(key)?.name ?? key);
  const whose = roles.length ? `the pay of the ${listed(roles)} role${roles.length > 1 ? "s" : ""}` : "pay or bonus";
  const counters = kpi.counters ?? [];
  const nothing = counters.length
    ? `its counters (${listed(counters.map((key) => index.kpis.get(key)?.name ?? key))}) measure other people, so nothing catches what it can damage`
    : "nothing measures what it can damage";
  return (
    `${kpi.name} is tied to ${whose} and ${nothing}: pair it with a counter measure of the same people — quality beside speed, retention beside sales.` +
    (obstructs ? " It already works against an approved behaviour." : "")
  );
}
