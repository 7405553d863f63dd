/**
 * Filters findings the way the findings page offers (DESIGN §4.2): by severity, rule, department (its
 * sub-departments included), role and stage. A finding belongs to a department, role or stage when
 * one of its subjects does — a behaviour through its role and stage, a KPI or process through its
 * owning department.
 */
import type { ModelDocument } from "@/lib/model/model-schema";
import type { Finding, RuleId, Severity } from "./finding";
import { DepartmentTree } from "@/lib/access/department-tree";

export type FindingFilter = { severity?: Severity; rule?: RuleId; department?: string; role?: string; stage?: string };

export function filterFindings(model: ModelDocument, findings: readonly Finding[], filter: FindingFilter): Finding[] {
  const behaviours = new Map(model.behaviours.map((b) => [b.key, b]));
  const roleDepartment = new Map(model.roles.map((r) => [r.key, r.department]));
  const kpiDepartment = new Map(model.kpis.map((k) => [k.key, k.department]));
  const processDepartment = new Map(model.processes.map((p) => [p.key, p.department]));
  const tree = new DepartmentTree(model.departments);
  const within = (department: string | undefined, ancestor: string) =>
    department !== undefined && tree.isWithin(department, ancestor);

  const facts = (finding: Finding) => {
    const roles = new Set<string>();
    const stages = new Set<string>();
    const departments = new Set<string>();
    for (const subject of finding.subjects) {
      if (subject.kind === "behaviour") {
        const behaviour = behaviours.get(subject.key);
        if (behaviour) {
          roles.add(behaviour.role);
          stages.add(behaviour.stage);
        }
      } else if (subject.kind === "role") roles.add(subject.key);
      else if (subject.kind === "stage") stages.add(subject.key);
      else if (subject.kind === "kpi") departments.add(kpiDepartment.get(subject.key)!);
      else if (subject.kind === "process") departments.add(processDepartment.get(subject.key)!);
    }
    for (const role of roles) departments.add(roleDepartment.get(role)!);
    return { roles, stages, departments };
  };

  return findings.filter((finding) => {
    if (filter.severity && finding.severity !== filter.severity) return false;
    if (filter.rule && finding.rule !== filter.rule) return false;
    if (!filter.department && !filter.role && !filter.stage) return true;
    const { roles, stages, departments } = facts(finding);
    if (filter.role && !roles.has(filter.role)) return false;
    if (filter.stage && !stages.has(filter.stage)) return false;
    if (filter.department && ![...departments].some((d) => within(d, filter.department!))) return false;
    return true;
  });
}
