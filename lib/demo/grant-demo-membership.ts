import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { ROLE_LABELS, type MemberRole } from "@/lib/access/roles";
import type { OrgAccess } from "@/lib/access/org-access";
import type { Actor } from "@/lib/auth/actor";

/**
 * The demo's memberships are written directly: its accounts are made up, so there is no inbox to prove and
 * no mail to send (members in the app join only through a mailed invitation, lib/members/add-member.ts).
 */
export async function grantDemoMembership(
  access: OrgAccess,
  member: Actor,
  role: MemberRole,
  departmentIds: string[] = [],
): Promise<void> {
  const organisationId = access.organisation.id;
  await access.db.$transaction(async (tx) => {
    const membership = await tx.membership.create({
      data: {
        organisationId,
        userId: member.id,
        role,
        departments: { create: departmentIds.map((departmentId) => ({ departmentId })) },
      },
    });
    const departments = await tx.department.findMany({ where: { id: { in: departmentIds } }, select: { name: true } });
    await recordAuditEvent(tx, organisationId, access.actor, {
      action: "member.added",
      subjectType: "membership",
      subjectId: membership.id,
      summary: `Added ${member.email} as ${ROLE_LABELS[role]}`,
      after: { email: member.email, role, departments: departments.map((d) => d.name).sort() },
    });
  });
}
