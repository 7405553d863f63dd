import { can, canEditDepartment } from "@/lib/access/permissions";
import type { DbTx } from "@/lib/db/types";
import { ForbiddenError, ValidationError } from "@/lib/errors";
import type { OrgAccess } from "@/lib/access/org-access";

/** Department heads edit their own departments' KPIs and processes; owners everything. */
export async function assertCanEditDepartment(tx: DbTx, access: OrgAccess, departmentKey: string): Promise<{ id: string; name: string }> {
  const departments = await tx.department.findMany({ where: { organisationId: access.organisation.id }, select: { id: true, key: true, name: true, parentId: true } });
  const department = departments.find((d) => d.key === departmentKey);
  if (!department) throw new ValidationError("department", `No department with key "${departmentKey}".`);
  if (!can(access.membership.role, "model:edit-own-departments") || !canEditDepartment(access.membership, department.id, departments)) {
    throw new ForbiddenError("You can edit the KPIs and processes of your own departments only.");
  }
  return department;
}

export async function departmentPowers(tx: DbTx, access: OrgAccess): Promise<(departmentId: string) => boolean> {
  const departments = await tx.department.findMany({ where: { organisationId: access.organisation.id }, select: { id: true, parentId: true } });
  return (departmentId) => can(access.membership.role, "model:edit-own-departments") && canEditDepartment(access.membership, departmentId, departments);
}
