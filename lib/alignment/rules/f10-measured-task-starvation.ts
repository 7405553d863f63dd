import type { Kpi } from "@/lib/model/model-schema";
import { makeFinding, type Finding } from "./finding";
import { kpisByMeasuredRole, type ModelIndex } from "./model-index";
import { listed, who } from "./wording";

/**
 * F10 — measured-task starvation: a role paid on at least one KPI where fewer than half of its approved
 * behaviours are helped by a KPI that measures the role. What is measured and paid crowds out the rest.
 * Medium; high for a customer-facing role.
 */
export function findMeasuredTaskStarvation(index: ModelIndex): Finding[] {
  const measuring = kpisByMeasuredRole(index);
  const approved = new Map<string, number>();
  const helped = new Map<string, number>();
  // KPI k is source k; its roles looked up once, not once per influence.
  const rolesOf = index.model.kpis.map((kpi) => index.measuredRoles.get(kpi.key)!);
  for (const b of index.approved) {
    const role = index.model.behaviours[b]!.role;
    approved.set(role, (approved.get(role) ?? 0) + 1);
    if (!index.supported[b]) continue;
    for (let r = index.rowStart[b]!; r < index.rowStart[b + 1]!; r++) {
      const i = index.byBehaviour[r]!;
      const source = index.influenceSource[i]!;
      if (source < rolesOf.length && !index.influenceObstructs[i] && rolesOf[source]!.has(role)) {
        helped.set(role, (helped.get(role) ?? 0) + 1);
        break;
      }
    }
  }
  const findings: Finding[] = [];
  for (const role of index.model.roles) {
    const kpis = measuring.get(role.key) ?? [];
    const paid = kpis.filter((kpi) => kpi.payLinked);
    const total = approved.get(role.key) ?? 0;
    const supported = helped.get(role.key) ?? 0;
    if (paid.length === 0 || total === 0 || 2 * supported >= total) continue;
    findings.push(
      makeFinding(
        "F10",
        role.customerFacing ? "high" : "medium",
        [{ kind: "role", key: role.key }],
        () => explain(who(role), paid, supported, total),
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
