import { makeFinding, type Finding } from "../finding";
import type { ModelIndex } from "../model-index";
import { quote, who } from "../wording";

/**
 * F2 — KPI cross-pressure: one finding per (approved behaviour, supporting KPI, obstructing KPI). Says
 * whether the behaviour's role is measured by both (pulled two ways) and whether the KPIs belong to
 * different departments (a silo conflict).
 */
export function findKpiCrossPressure(index: ModelIndex): Finding[] {
  const findings: Finding[] = [];
  for (const behaviour of index.approved) {
    const influences = index.influencesOn.get(behaviour.key) ?? [];
    const kpisThat = (effect: "supports" | "obstructs") =>
      influences.flatMap((i) => {
        const source = i.effect === effect ? index.sources.get(i.from) : undefined;
        return source?.kind === "kpi" ? [source.item] : [];
      });
    const supporting = kpisThat("supports");
    const obstructing = kpisThat("obstructs");
    if (supporting.length === 0 || obstructing.length === 0) continue;
    const role = index.roles.get(behaviour.role);
    for (const supportKpi of supporting) {
      for (const obstructKpi of obstructing) {
        const sameRole = Boolean(index.measuredRoles.get(supportKpi.key)?.has(behaviour.role) && index.measuredRoles.get(obstructKpi.key)?.has(behaviour.role));
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
              (sameRole ? ` ${role?.name ?? "This role"} is measured by both, so people are pulled two ways at once.` : "") +
              (crossSilo ? " The two KPIs belong to different departments: a conflict between silos that neither can settle alone." : ""),
            { sameRole, crossSilo, supportingKpi: supportKpi.key, obstructingKpi: obstructKpi.key },
          ),
        );
      }
    }
  }
  return findings;
}
