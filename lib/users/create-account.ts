import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { ROLE_LABELS } from "@/lib/auth/roles";
import type { Db } from "@/lib/db/types";
import { ConflictError, ValidationError } from "@/lib/errors";
import { hashInvitationToken } from "@/lib/members/invitation-token";
import { departmentNames } from "@/lib/members/validate-departments";
import type { SignUpInput } from "./account-input";
import { hashPassword } from "./password";

/**
 * Creates an account. With an invitation token the new user joins the inviting organisation with the
 * role they were invited to; the invitation must be for this email, unexpired and unused.
 */
export async function createAccount(db: Db, input: SignUpInput): Promise<{ userId: string; joinedOrganisation?: string }> {
  const passwordHash = await hashPassword(input.password);
  return db.$transaction(async (tx) => {
    const invitation = input.invitation
      ? await tx.invitation.findUnique({ where: { tokenHash: hashInvitationToken(input.invitation) }, include: { organisation: true } })
      : null;
    if (input.invitation) {
      if (!invitation || invitation.acceptedAt || invitation.expiresAt <= new Date()) {
        throw new ValidationError("invitation", "This invitation link is invalid, used or expired. Ask for a new one.");
      }
      if (invitation.email !== input.email) {
        throw new ValidationError("email", "Use the email address the invitation was sent to.");
      }
    }
    if (await tx.user.findUnique({ where: { email: input.email } })) {
      throw new ConflictError("An account with this email already exists. Sign in instead.", "email");
    }
    const user = await tx.user.create({ data: { email: input.email, name: input.name, passwordHash } });
    if (!invitation) return { userId: user.id };

    // Only departments that still exist are assigned.
    const departments = await tx.department.findMany({ where: { organisationId: invitation.organisationId, id: { in: invitation.departmentIds } }, select: { id: true, name: true } });
    const membership = await tx.membership.create({
      data: {
        organisationId: invitation.organisationId,
        userId: user.id,
        role: invitation.role,
        departments: { create: departments.map((d) => ({ departmentId: d.id })) },
      },
    });
    await tx.invitation.update({ where: { id: invitation.id }, data: { acceptedAt: new Date() } });
    await recordAuditEvent(tx, invitation.organisationId, { id: user.id, email: user.email, name: user.name }, {
      action: "member.joined",
      subjectType: "membership",
      subjectId: membership.id,
      summary: `${user.email} accepted the invitation as ${ROLE_LABELS[invitation.role]}`,
      after: { email: user.email, role: invitation.role, departments: departmentNames(departments) },
    });
    return { userId: user.id, joinedOrganisation: invitation.organisation.slug };
  });
}
