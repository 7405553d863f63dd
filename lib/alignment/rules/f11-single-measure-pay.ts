import { explainedFinding, type Finding } from "./finding";
import { kpiSubject, roleSubject, type ModelIndex } from "./model-index";
import { who } from "./wording";

/** F11 — single-measure pay: a role measured by exactly one KPI, and that KPI tied to pay. Medium. */
export function findSingleMeasurePay(index: ModelIndex): Finding[] {
  const { kpis, roles } = index.model;
  const write = (at: number, k: number) => {
    const name = kpis[k]!.name;
    return `${who(roles[at])} is measured on ${name} alone, and it is tied to pay: everything else the role does for customers counts for nothing. Add a second measure of the same people that catches what ${name} can damage.`;
  };
  const findings: Finding[] = [];
  for (let at = 0; at < roles.length; at++) {
    const role = roles[at]!;
    const r = index.roleNumber.get(role.key)!;
    const first = index.roleKpiStart[r]!;
    if (index.roleKpiStart[r + 1]! - first !== 1) continue;
    const k = index.roleKpis[first]!;
    if (!kpis[k]!.payLinked) continue;
    findings.push(
      explainedFinding("F11", "medium", [roleSubject(index, r, role.key), kpiSubject(index, k)], write, at, k, 0),
    );
  }
  return findings;
}
