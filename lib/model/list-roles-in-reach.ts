/**
 * The roles a member may edit, grouped by department: a department head's departments and those below them;
 * every department for an owner. Each department comes with its depth within what the member reaches, so a
 * sub-department sits indented under its parent (a head's own department is their top level).
 */
import { DepartmentTree } from "@/lib/access/department-tree";
import { departmentKeysInReach } from "@/lib/access/department-scope";
import { assertCan, type OrgAccess } from "@/lib/access/org-access";

export type RoleInReach = {
  key: string;
  name: string;
  /** The department's key. */
  department: string;
  headcount: number | null;
  customerFacing: boolean;
};

export type DepartmentInReach = { key: string; name: string; depth: number; roles: RoleInReach[] };

export type RolesInReach = {
  /** True when the member reaches every department (an owner): the page then speaks of all roles. */
  everywhere: boolean;
  /** Parents before their sub-departments, siblings by name. */
  departments: DepartmentInReach[];
};

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);

export async function listRolesInReach(access: OrgAccess): Promise<RolesInReach> {
  assertCan(access, "model:edit-department");
  const organisationId = access.organisation.id;
  return access.db.$transaction(async (tx) => {
    const reach = await departmentKeysInReach(tx, access, "model:edit-department");
    const inReach = reach === null ? undefined : { in: reach };
    const [departments, roles] = await Promise.all([
      tx.department.findMany({
        where: { organisationId, key: inReach },
        select: { key: true, name: true, parent: { select: { key: true } } },
      }),
      tx.role.findMany({
        where: { organisationId, department: { organisationId, key: inReach } },
        select: { key: true, name: true, headcount: true, customerFacing: true, department: { select: { key: true } } },
      }),
    ]);
    const keys = new Set(departments.map((d) => d.key));
    // A parent outside the member's reach is left out: their own department is the top of their tree.
    const parentInReach = (d: (typeof departments)[number]) =>
      d.parent && keys.has(d.parent.key) ? d.parent.key : null;
    const tree = new DepartmentTree(departments.map((d) => ({ key: d.key, parent: parentInReach(d) })));
    const children = (parent: string | null) =>
      departments.filter((d) => parentInReach(d) === parent && !tree.isOwnAncestor(d.key)).sort(byName);
    const ordered: DepartmentInReach[] = [];
    const visit = (department: (typeof departments)[number]) => {
      if (ordered.some((d) => d.key === department.key)) return;
      ordered.push({
        key: department.key,
        name: department.name,
        depth: tree.lineage(department.key).length - 1,
        roles: roles
          .filter((r) => r.department.key === department.key)
          .map((r) => ({
            key: r.key,
            name: r.name,
            department: department.key,
            headcount: r.headcount,
            customerFacing: r.customerFacing,
          }))
          .sort(byName),
      });
      for (const child of children(department.key)) visit(child);
    };
    for (const top of children(null)) visit(top);
    return { everywhere: reach === null, departments: ordered };
  });
}
