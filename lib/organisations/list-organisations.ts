import type { UserContext } from "@/lib/access/org-access";
import type { MemberRole } from "@/lib/access/roles";

export type OrganisationSummary = { slug: string; name: string; role: MemberRole; memberCount: number };

/** The organisations a user belongs to, for the switcher and the portfolio. */
export async function listOrganisationsForUser({ db, actor }: UserContext): Promise<OrganisationSummary[]> {
  const memberships = await db.membership.findMany({
    where: { userId: actor.id },
    include: { organisation: { include: { _count: { select: { memberships: true } } } } },
    orderBy: { organisation: { name: "asc" } },
  });
  return memberships.map((m) => ({
    slug: m.organisation.slug,
    name: m.organisation.name,
    role: m.role,
    memberCount: m.organisation._count.memberships,
  }));
}
