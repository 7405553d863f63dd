import type { Kpi, Role } from "@/lib/model/model-schema";
import { makeFinding, type Finding, type Severity } from "./finding";
import { forEachObstructingKpi, type ModelIndex } from "./model-index";
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

/** F1 — obstructing KPI: one finding per (KPI, approved behaviour) it obstructs. */
export function findObstructingKpis(index: ModelIndex): Finding[] {
  const findings: Finding[] = [];
  forEachObstructingKpi(index, (behaviour, kpi, i) => {
    if (isShortTermFinancial(kpi)) return;
    const role = index.roles.get(behaviour.role);
    const why = index.model.influences[i]!.why;
    findings.push(
      makeFinding(
        "F1",
        obstructingKpiSeverity(kpi, role),
        [
          { kind: "kpi", key: kpi.key },
          { kind: "behaviour", key: behaviour.key },
        ],
        () =>
          `${kpi.name}${kpi.payLinked ? ", tied to pay or bonus," : ""} pushes against what great looks like for ${behaviourPhrase(behaviour, role)}.${because(why)}`,
        { payLinked: kpi.payLinked, customerFacing: role?.customerFacing ?? false },
      ),
    );
  });
  return findings;
}
