/**
 * What a dashboard looks at: the whole organisation, one department (with its sub-departments), or one
 * role — the drill-down of DESIGN §5.
 */
import type { ModelDocument } from "@/lib/model/model-schema";
import { DepartmentTree } from "@/lib/access/department-tree";

export type DashboardScope =
  { kind: "organisation" } | { kind: "department"; key: string } | { kind: "role"; key: string };

/** The roles a scope covers (all of them for the organisation). */
export function rolesInScope(
  model: Pick<ModelDocument, "departments" | "roles">,
  scope: DashboardScope,
): ModelDocument["roles"] {
  if (scope.kind === "organisation") return model.roles;
  if (scope.kind === "role") return model.roles.filter((r) => r.key === scope.key);
  const departments = new Set(new DepartmentTree(model.departments).subtree(scope.key));
  return model.roles.filter((r) => departments.has(r.department));
}
