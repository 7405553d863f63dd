/**
 * What a dashboard looks at: the whole organisation, one department (with its sub-departments), or one
 * role — the drill-down of DESIGN §5.
 */
import type { ModelDocument } from "@/lib/model/model-schema";

export type DashboardScope = { kind: "organisation" } | { kind: "department"; key: string } | { kind: "role"; key: string };

/** A department's key and its sub-departments' keys. */
export function departmentSubtree(model: { departments: readonly { key: string; parent?: string }[] }, key: string): string[] {
  const children = new Map<string, string[]>();
  for (const d of model.departments) if (d.parent) children.set(d.parent, [...(children.get(d.parent) ?? []), d.key]);
  const found: string[] = [];
  const visit = (k: string) => {
    if (found.includes(k)) return;
    found.push(k);
    for (const child of children.get(k) ?? []) visit(child);
  };
  visit(key);
  return found;
}

/** The roles a scope covers (all of them for the organisation). */
export function rolesInScope(model: Pick<ModelDocument, "departments" | "roles">, scope: DashboardScope): ModelDocument["roles"] {
  if (scope.kind === "organisation") return model.roles;
  if (scope.kind === "role") return model.roles.filter((r) => r.key === scope.key);
  const departments = new Set(departmentSubtree(model, scope.key));
  return model.roles.filter((r) => departments.has(r.department));
}
