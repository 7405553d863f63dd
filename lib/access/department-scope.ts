/**
 * Department-scoped permission checks against the organisation's stored departments. The matrix in
 * `permissions.ts` decides; this only loads the tree (by department id, as memberships store them).
 */
import type { DbTx } from "@/lib/db/types";
import { ForbiddenError } from "@/lib/errors";
import { DepartmentTree } from "./department-tree";
import type { OrgAccess } from "./org-access";
import { type Action, can, departmentsInReach } from "./permissions";

/** The organisation's departments (with their names, for a page that shows one) and their tree, in one query. */
export async function storedDepartments(tx: DbTx, organisationId: string) {
  const departments = await tx.department.findMany({
    where: { organisationId },
    select: { id: true, key: true, name: true, parentId: true },
  });
  return { departments, tree: new DepartmentTree(departments.map((d) => ({ key: d.id, parent: d.parentId }))) };
}

/** A test for many departments at once (one query): may the member take `action` in department `id`? */
export async function departmentChecker(
  tx: DbTx,
  access: OrgAccess,
  action: Action,
): Promise<(departmentId: string) => boolean> {
  const { tree } = await storedDepartments(tx, access.organisation.id);
  return (department) => can(access.membership, action, { department, tree });
}

export async function canInDepartment(
  tx: DbTx,
  access: OrgAccess,
  action: Action,
  departmentId: string,
): Promise<boolean> {
  return (await departmentChecker(tx, access, action))(departmentId);
}

export async function assertCanInDepartment(
  tx: DbTx,
  access: OrgAccess,
  action: Action,
  departmentId: string,
  message?: string,
): Promise<void> {
  if (!(await canInDepartment(tx, access, action, departmentId))) throw new ForbiddenError(message);
}

/** The department keys an action reaches for the member: null for everywhere (their departments and those below them otherwise). */
export async function departmentKeysInReach(tx: DbTx, access: OrgAccess, action: Action): Promise<string[] | null> {
  const { departments, tree } = await storedDepartments(tx, access.organisation.id);
  const ids = departmentsInReach(
    access.membership,
    action,
    tree,
    departments.map((d) => d.id),
  );
  if (ids === null) return null;
  const inReach = new Set(ids);
  return departments.filter((d) => inReach.has(d.id)).map((d) => d.key);
}
