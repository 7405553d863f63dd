/**
 * What the influence map of one department shows: its roles' live behaviours, the KPIs that are its own
 * or measure its roles, and the current KPI → behaviour effects. A behaviour's cells are editable when
 * the member may edit its role's department or one of the KPIs' departments (the server checks again).
 */
import { DepartmentTree } from "@/lib/access/department-tree";
import type { ModelDocument } from "@/lib/model/model-schema";
import { parseInfluenceSource } from "@/lib/model/rules/references";

export type InfluenceMap = {
  behaviours: { key: string; label: string; editable: boolean }[];
  kpis: { key: string; name: string }[];
  /** `"<kpi key>><behaviour key>"` → effect. */
  influences: Record<string, "supports" | "obstructs">;
  /** The same keys → the rationale recorded, where there is one (offered again when the effect is changed). */
  reasons: Record<string, string>;
};

export function departmentInfluenceMap(
  model: ModelDocument,
  departmentKey: string | undefined,
  editableDepartments: readonly string[],
): InfluenceMap {
  const tree = new DepartmentTree(model.departments);
  const within = (key: string) => departmentKey !== undefined && tree.isWithin(key, departmentKey);
  const roles = model.roles.filter((r) => within(r.department));
  const roleKeys = new Set(roles.map((r) => r.key));
  const roleName = new Map(model.roles.map((r) => [r.key, r.name]));
  const roleDepartment = new Map(model.roles.map((r) => [r.key, r.department]));
  // The department's own KPIs, and any KPI that measures its roles.
  const kpis = model.kpis.filter((k) => within(k.department) || (k.measuredRoles ?? []).some((r) => roleKeys.has(r)));
  const editableKpi = kpis.some((k) => editableDepartments.includes(k.department));
  const behaviours = model.behaviours
    .filter((b) => roleKeys.has(b.role) && b.status !== "retired")
    .map((b) => ({
      key: b.key,
      label: `${roleName.get(b.role)}: ${b.action}`,
      editable: editableDepartments.includes(roleDepartment.get(b.role)!) || editableKpi,
    }));
  const influences: InfluenceMap["influences"] = {};
  const reasons: InfluenceMap["reasons"] = {};
  for (const i of model.influences) {
    const source = parseInfluenceSource(i.from);
    if (source.kind !== "kpi") continue;
    influences[`${source.key}>${i.to}`] = i.effect;
    if (i.why) reasons[`${source.key}>${i.to}`] = i.why;
  }
  return { behaviours, kpis: kpis.map((k) => ({ key: k.key, name: k.name })), influences, reasons };
}
