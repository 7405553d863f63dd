import type { Kpi, Role } from "@/lib/model/model-schema";
import { explainedFinding, type Finding, type Severity } from "./finding";
import {
  behaviourSubject,
  forEachObstructingKpi,
  kpiSubject,
  roleOfBehaviour,
  sharedFacts,
  type ModelIndex,
} from "./model-index";
import { behaviourPhrase, because } from "./wording";

/** F3 takes over from F1 for KPIs that are short-term and financial. */
export function isShortTermFinancial(kpi: Kpi): boolean {
  return kpi.horizon === "short" && kpi.category === "financial";
}

/** Medium; high if the KPI is pay-linked or the role customer-facing; critical if both. */
export function obstructingKpiSeverity(kpi: Kpi, role: Role | undefined): Severity {
  const raisers = Number(kpi.payLinked) + Number(role?.customerFacing ?? false);
  return raisers === 2 ? "critical" : raisers === 1 ? "high" : "medium";
}

/** F1's and F3's facts: pay-linked (bit 1) and customer-facing (bit 0). */
export const obstructingKpiFacts = () =>
  sharedFacts((bits) => ({ payLinked: (bits & 2) !== 0, customerFacing: (bits & 1) !== 0 }), 4);

/** F1 — obstructing KPI: one finding per (KPI, approved behaviour) it obstructs. */
export function findObstructingKpis(index: ModelIndex): Finding[] {
  const { kpis, behaviours, influences } = index.model;
  const facts = obstructingKpiFacts();
  const explain = (k: number, b: number, i: number) => {
    const kpi = kpis[k]!;
    return `${kpi.name}${kpi.payLinked ? ", tied to pay or bonus," : ""} pushes against what great looks like for ${behaviourPhrase(behaviours[b]!, roleOfBehaviour(index, b))}.${because(influences[i]!.why)}`;
  };
  const findings: Finding[] = [];
  forEachObstructingKpi(index, (b, k, i) => {
    const kpi = kpis[k]!;
    if (isShortTermFinancial(kpi)) return;
    const role = roleOfBehaviour(index, b);
    findings.push(
      explainedFinding(
        "F1",
        obstructingKpiSeverity(kpi, role),
        [kpiSubject(index, k), behaviourSubject(index, b)],
        explain,
        k,
        b,
        i,
        facts[(kpi.payLinked ? 2 : 0) + (role?.customerFacing ? 1 : 0)],
      ),
    );
  });
  return findings;
}
