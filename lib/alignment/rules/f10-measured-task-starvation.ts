import type { Kpi } from "@/lib/model/model-schema";
import { explainedFinding, type Finding } from "./finding";
import { kpiMeasures, roleSubject, type ModelIndex } from "./model-index";
import { listed, who } from "./wording";

/**
 * F10 — measured-task starvation: a role paid on at least one KPI where fewer than half of its approved
 * behaviours are helped by a KPI that measures the role. What is measured and paid crowds out the rest.
 * Medium; high for a customer-facing role.
 */
export function findMeasuredTaskStarvation(index: ModelIndex): Finding[] {
  const roleCount = index.roleNumber.size;
  const approved = new Int32Array(roleCount);
  const helped = new Int32Array(roleCount);
  for (const b of index.approved) {
    const role = index.behaviourRole[b]!;
    approved[role]!++;
    if (!index.supported[b]) continue;
    for (let r = index.rowStart[b]!; r < index.rowStart[b + 1]!; r++) {
      const source = index.rowSource[r]!;
      if (source < index.kpiCount && !index.rowObstructs[r] && kpiMeasures(index, source, role)) {
        helped[role]!++;
        break;
      }
    }
  }
  const { kpis, roles } = index.model;
  /** The pay-linked KPIs measuring role r, in the model's order. */
  const paidKpis = (r: number): Kpi[] => {
    const paid: Kpi[] = [];
    for (let x = index.roleKpiStart[r]!; x < index.roleKpiStart[r + 1]!; x++) {
      const kpi = kpis[index.roleKpis[x]!]!;
      if (kpi.payLinked) paid.push(kpi);
    }
    return paid;
  };
  const write = (at: number, supported: number, total: number) => {
    const role = roles[at]!;
    return explain(who(role), paidKpis(index.roleNumber.get(role.key)!), supported, total);
  };
  const findings: Finding[] = [];
  for (let at = 0; at < roles.length; at++) {
    const role = roles[at]!;
    const r = index.roleNumber.get(role.key)!;
    const total = approved[r]!;
    const supported = helped[r]!;
    if (total === 0 || 2 * supported >= total || paidKpis(r).length === 0) continue;
    findings.push(
      explainedFinding(
        "F10",
        role.customerFacing ? "high" : "medium",
        [roleSubject(index, r, role.key)],
        write,
        at,
        supported,
        total,
        { approved: total, supportedByOwnKpi: supported },
      ),
    );
  }
  return findings;
}

function explain(people: string, paid: Kpi[], supported: number, total: number): string {
  const helped =
    total === 1
      ? "its one approved behaviour is not helped by any KPI that measures the role"
      : supported === 0
        ? `none of its ${total} approved behaviours is helped by a KPI that measures the role`
        : `only ${supported} of its ${total} approved behaviours ${supported === 1 ? "is" : "are"} helped by a KPI that measures the role`;
  return `${people} is paid on ${listed(paid.map((kpi) => kpi.name))}, yet ${helped}: what is paid crowds out the rest. Measure what great looks like here, not only what is easy to count.`;
}
