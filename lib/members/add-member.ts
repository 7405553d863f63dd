import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { ROLE_LABELS } from "@/lib/auth/roles";
import { ConflictError } from "@/lib/errors";
import { assertCan, type OrgAccess } from "@/lib/organisations/access";
import { INVITATION_LIFETIME_DAYS, newInvitationToken } from "./invitation-token";
import type { AddMemberInput } from "./member-input";
import { departmentNames, validateDepartmentScope } from "./validate-departments";

export type AddMemberResult =
  | { kind: "added"; membershipId: string }
  | { kind: "invited"; invitationId: string; token: string };

/**
 * Adds a person with a role. Someone with an account joins at once; anyone else gets an invitation
 * whose link (shown once to the inviter) lets them create an account and join.
 */
export async function addMember(access: OrgAccess, input: AddMemberInput): Promise<AddMemberResult> {
  assertCan(access, "members:manage");
  const organisationId = access.organisation.id;
  return access.db.$transaction(async (tx) => {
    const departments = await validateDepartmentScope(tx, organisationId, input);
    const departmentIds = departments.map((d) => d.id);
    const user = await tx.user.findUnique({ where: { email: input.email } });
    const audit = { email: input.email, role: input.role, departments: departmentNames(departments) };
    if (user) {
      const existing = await tx.membership.findUnique({ where: { organisationId_userId: { organisationId, userId: user.id } } });
      if (existing) throw new ConflictError(`${input.email} is already a member.`, "email");
      const membership = await tx.membership.create({
        data: { organisationId, userId: user.id, role: input.role, departments: { create: departmentIds.map((departmentId) => ({ departmentId })) } },
      });
      await recordAuditEvent(tx, organisationId, access.actor, {
        action: "member.added",
        subjectType: "membership",
        subjectId: membership.id,
        summary: `Added ${input.email} as ${ROLE_LABELS[input.role]}`,
        after: audit,
      });
      return { kind: "added", membershipId: membership.id };
    }
    const pending = await tx.invitation.findFirst({ where: { organisationId, email: input.email, acceptedAt: null, expiresAt: { gt: new Date() } } });
    if (pending) throw new ConflictError(`${input.email} already has a pending invitation.`, "email");
    const { token, tokenHash } = newInvitationToken();
    const invitation = await tx.invitation.create({
      data: {
        organisationId,
        email: input.email,
        role: input.role,
        departmentIds,
        tokenHash,
        invitedById: access.actor.id,
        expiresAt: new Date(Date.now() + INVITATION_LIFETIME_DAYS * 86_400_000),
      },
    });
    await recordAuditEvent(tx, organisationId, access.actor, {
      action: "member.invited",
      subjectType: "invitation",
      subjectId: invitation.id,
      summary: `Invited ${input.email} as ${ROLE_LABELS[input.role]}`,
      after: audit,
    });
    return { kind: "invited", invitationId: invitation.id, token };
  });
}
