/** The organisation's members and open invitations. */
import type { MemberRole } from "@/lib/access/roles";
import { can } from "@/lib/access/permissions";
import { assertCan, type OrgAccess } from "@/lib/access/org-access";

export type MemberView = {
  id: string;
  userId: string;
  name: string;
  email: string;
  role: MemberRole;
  departments: { id: string; name: string }[];
  joinedAt: string;
};

export type InvitationView = { id: string; email: string; role: MemberRole; expiresAt: string };

export async function listMembers(
  access: OrgAccess,
): Promise<{ members: MemberView[]; invitations: InvitationView[] }> {
  assertCan(access, "members:read");
  const organisationId = access.organisation.id;
  const memberships = await access.db.membership.findMany({
    where: { organisationId },
    include: { user: true, departments: { include: { department: true } } },
    orderBy: { user: { name: "asc" } },
  });
  // Pending invitations carry email addresses of people not yet in the organisation: managers only.
  const invitations = can(access.membership.role, "members:manage")
    ? await access.db.invitation.findMany({
        where: { organisationId, acceptedAt: null, expiresAt: { gt: new Date() } },
        orderBy: { createdAt: "desc" },
      })
    : [];
  return {
    members: memberships.map((m) => ({
      id: m.id,
      userId: m.userId,
      name: m.user.name,
      email: m.user.email,
      role: m.role,
      departments: m.departments.map((d) => ({ id: d.department.id, name: d.department.name })),
      joinedAt: m.createdAt.toISOString(),
    })),
    invitations: invitations.map((i) => ({
      id: i.id,
      email: i.email,
      role: i.role,
      expiresAt: i.expiresAt.toISOString(),
    })),
  };
}
