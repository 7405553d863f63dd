import type { Kpi } from "@/lib/model/model-schema";
import { makeFinding, type Finding } from "./finding";
import { behaviourAt, forEachInfluenceOn, type ModelIndex } from "./model-index";
import { quote, who } from "./wording";

/**
 * F2 — KPI cross-pressure: one finding per (approved behaviour, supporting KPI, obstructing KPI). Says
 * whether the behaviour's role is measured by both (pulled two ways) and whether the KPIs belong to
 * different departments (a silo conflict).
 */
export function findKpiCrossPressure(index: ModelIndex): Finding[] {
  const findings: Finding[] = [];
  for (const b of index.approved) {
    if (!index.obstructed[b] || !index.supported[b]) continue;
    const supporting: Kpi[] = [];
    const obstructing: Kpi[] = [];
    forEachInfluenceOn(index, b, (_i, source, obstructs) => {
      if (source.kind === "kpi") (obstructs ? obstructing : supporting).push(source.item);
    });
    if (supporting.length === 0 || obstructing.length === 0) continue;
    const behaviour = behaviourAt(index, b);
    const role = index.roles.get(behaviour.role);
    for (const supportKpi of supporting) {
      for (const obstructKpi of obstructing) {
        const sameRole = Boolean(
          index.measuredRoles.get(supportKpi.key)?.has(behaviour.role) &&
          index.measuredRoles.get(obstructKpi.key)?.has(behaviour.role),
        );
        const crossSilo = supportKpi.department !== obstructKpi.department;
        findings.push(
          makeFinding(
            "F2",
            "high",
            [
              { kind: "behaviour", key: behaviour.key },
              { kind: "kpi", key: supportKpi.key },
              { kind: "kpi", key: obstructKpi.key },
            ],
            () =>
              `${supportKpi.name} rewards ${quote(behaviour.action)} while ${obstructKpi.name} punishes it (${who(role)}).` +
              (sameRole
                ? ` ${role?.name ?? "This role"} is measured by both, so people are pulled two ways at once.`
                : "") +
              (crossSilo
                ? " The two KPIs belong to different departments: a conflict between silos that neither can settle alone."
                : ""),
            { sameRole, crossSilo, supportingKpi: supportKpi.key, obstructingKpi: obstructKpi.key },
          ),
        );
      }
    }
  }
  return findings;
}
