/** The organisation's departments, for assigning members and wave audiences to them. */
import { assertCan, type OrgAccess } from "@/lib/access/org-access";

export async function listDepartmentsForAssignment(
  access: OrgAccess,
): Promise<{ id: string; key: string; name: string }[]> {
  assertCan(access, "members:read");
  return access.db.department.findMany({
    where: { organisationId: access.organisation.id },
    select: { id: true, key: true, name: true },
    orderBy: { name: "asc" },
  });
}
