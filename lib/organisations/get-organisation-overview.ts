import type { MemberRole } from "@/lib/access/roles";
import { MEMBER_ROLES } from "@/lib/access/roles";
import { assertCan, type OrgAccess } from "@/lib/access/org-access";

export type OrganisationOverview = {
  name: string;
  slug: string;
  yourRole: MemberRole;
  membersByRole: Record<MemberRole, number>;
  departments: { key: string; name: string; parentKey: string | null }[];
};

export async function getOrganisationOverview(access: OrgAccess): Promise<OrganisationOverview> {
  assertCan(access, "organisation:read");
  const organisationId = access.organisation.id;
  const [counts, departments] = await Promise.all([
    access.db.membership.groupBy({ by: ["role"], where: { organisationId }, _count: { _all: true } }),
    access.db.department.findMany({
      where: { organisationId },
      include: { parent: { select: { key: true } } },
      orderBy: { name: "asc" },
    }),
  ]);
  const membersByRole = Object.fromEntries(MEMBER_ROLES.map((role) => [role, 0])) as Record<MemberRole, number>;
  for (const row of counts) membersByRole[row.role] = row._count._all;
  return {
    name: access.organisation.name,
    slug: access.organisation.slug,
    yourRole: access.membership.role,
    membersByRole,
    departments: departments.map((d) => ({ key: d.key, name: d.name, parentKey: d.parent?.key ?? null })),
  };
}
