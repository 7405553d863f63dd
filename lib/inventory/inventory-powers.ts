import { assertCanInDepartment, departmentChecker } from "@/lib/access/department-scope";
import type { OrgAccess } from "@/lib/access/org-access";
import type { DbTx } from "@/lib/db/types";
import { ValidationError } from "@/lib/errors";

/** The department a KPI, process or system is saved in, once the matrix allows the member to edit there. */
export async function assertCanEditDepartment(
  tx: DbTx,
  access: OrgAccess,
  departmentKey: string,
): Promise<{ id: string; name: string }> {
  const department = await tx.department.findFirst({
    where: { organisationId: access.organisation.id, key: departmentKey },
    select: { id: true, name: true },
  });
  if (!department) throw new ValidationError("department", `No department with key "${departmentKey}".`);
  await assertCanInDepartment(
    tx,
    access,
    "model:edit-department",
    department.id,
    "You can edit the KPIs and processes of your own departments only.",
  );
  return department;
}

export const departmentPowers = (tx: DbTx, access: OrgAccess) => departmentChecker(tx, access, "model:edit-department");
