/** The departments the acting member belongs to. */
import { type OrgAccess } from "@/lib/access/org-access";

/** The departments a member is assigned to (a department head's first view is theirs). */
export async function memberDepartments(access: OrgAccess): Promise<{ key: string; name: string }[]> {
  if (access.membership.departmentIds.length === 0) return [];
  return access.db.department.findMany({
    where: { organisationId: access.organisation.id, id: { in: access.membership.departmentIds } },
    orderBy: { name: "asc" },
    select: { key: true, name: true },
  });
}
