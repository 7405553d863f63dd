/** What a new wave may ask. */
import { assertCan, type OrgAccess } from "@/lib/access/org-access";

export type AudienceChoices = {
  departments: { key: string; name: string }[];
  roles: { key: string; name: string; department: string }[];
};

/** The departments and roles a wave may ask (for the new-wave form). */
export async function listAudienceChoices(access: OrgAccess): Promise<AudienceChoices> {
  assertCan(access, "diagnostic:manage");
  const [departments, roles] = await Promise.all([
    access.db.department.findMany({
      where: { organisationId: access.organisation.id },
      orderBy: { name: "asc" },
      select: { key: true, name: true },
    }),
    access.db.role.findMany({
      where: { organisationId: access.organisation.id },
      orderBy: { name: "asc" },
      select: { key: true, name: true, department: { select: { name: true } } },
    }),
  ]);
  return { departments, roles: roles.map((r) => ({ key: r.key, name: r.name, department: r.department.name })) };
}
