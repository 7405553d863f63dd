/** The heading and the drill-down trail of a dashboard's scope (organisation › department › role). */
import { NotFoundError } from "@/lib/errors";
import { assertCan, type OrgAccess } from "@/lib/access/org-access";
import type { DashboardScope } from "./rules/dashboard-scope";
import { DepartmentTree } from "@/lib/access/department-tree";

export type ScopeHeading = {
  name: string;
  kind: DashboardScope["kind"];
  trail: { label: string; path: string }[];
  customerFacing?: boolean;
};

export async function describeScope(access: OrgAccess, scope: DashboardScope): Promise<ScopeHeading> {
  assertCan(access, "organisation:read");
  const organisation = { label: access.organisation.name, path: "" };
  if (scope.kind === "organisation") return { name: access.organisation.name, kind: "organisation", trail: [] };
  const departments = await access.db.department.findMany({
    where: { organisationId: access.organisation.id },
    select: { id: true, key: true, name: true, parentId: true },
  });
  const byId = new Map(departments.map((d) => [d.id, d]));
  const tree = new DepartmentTree(departments.map((d) => ({ key: d.id, parent: d.parentId })));
  // The trail reads from the top of the organisation down to the department.
  const chain = (id: string | null) =>
    (id ? tree.lineage(id) : [])
      .reverse()
      .map((at) => ({ label: byId.get(at)!.name, path: `/departments/${byId.get(at)!.key}` }));
  if (scope.kind === "department") {
    const department = departments.find((d) => d.key === scope.key);
    if (!department) throw new NotFoundError("Department");
    return { name: department.name, kind: "department", trail: [organisation, ...chain(department.parentId)] };
  }
  const role = await access.db.role.findFirst({
    where: { organisationId: access.organisation.id, key: scope.key },
    select: { name: true, departmentId: true, customerFacing: true },
  });
  if (!role) throw new NotFoundError("Role");
  return {
    name: role.name,
    kind: "role",
    trail: [organisation, ...chain(role.departmentId)],
    customerFacing: role.customerFacing,
  };
}
