import type { MemberRole } from "@/lib/access/roles";

/**
 * Where a signed-in person starts: a member of exactly one organisation who does not run it (an
 * executive, a department head, a viewer) on that organisation's dashboard, where their work is;
 * consultants (owners) and members of several organisations on the portfolio; nobody's member there too
 * (to create one).
 */
export function landingPath(memberships: readonly { slug: string; role: MemberRole }[]): string {
  const [only] = memberships;
  if (memberships.length === 1 && only!.role !== "owner") return `/orgs/${encodeURIComponent(only!.slug)}`;
  return "/orgs";
}
