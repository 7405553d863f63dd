import type { OrgAccess } from "@/lib/access/org-access";
import { powersOverRole } from "./behaviour-powers";

/** Whether the acting member may write behaviours for this role (to show or hide the form; the server checks again). */
export async function canEditRole(access: OrgAccess, roleKey: string): Promise<boolean> {
  const role = await access.db.role.findFirst({
    where: { organisationId: access.organisation.id, key: roleKey },
    select: { departmentId: true },
  });
  return role ? (await powersOverRole(access.db, access, role.departmentId)).editor : false;
}
