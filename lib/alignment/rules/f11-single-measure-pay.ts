import { makeFinding, type Finding } from "./finding";
import { kpisByMeasuredRole, type ModelIndex } from "./model-index";
import { who } from "./wording";

/** F11 — single-measure pay: a role measured by exactly one KPI, and that KPI tied to pay. Medium. */
export function findSingleMeasurePay(index: ModelIndex): Finding[] {
  const measuring = kpisByMeasuredRole(index);
  const findings: Finding[] = [];
  for (const role of index.model.roles) {
    const kpis = measuring.get(role.key);
    if (kpis?.length !== 1 || !kpis[0]!.payLinked) continue;
    const kpi = kpis[0]!;
    findings.push(
      makeFinding(
        "F11",
        "medium",
        [
          { kind: "role", key: role.key },
          { kind: "kpi", key: kpi.key },
        ],
        () =>
          `${who(role)} is measured on ${kpi.name} alone, and it is tied to pay: everything else the role does for customers counts for nothing. Add a second measure of the same people that catches what ${kpi.name} can damage.`,
      ),
    );
  }
  return findings;
}
