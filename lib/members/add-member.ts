import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { ROLE_LABELS } from "@/lib/access/roles";
import { ConflictError } from "@/lib/errors";
import { appLink } from "@/lib/config/app-link";
import { MAIL_TRANSACTION } from "@/lib/mail/mail-transaction";
import { sendMail } from "@/lib/mail/send-mail";
import { assertCan, type OrgAccess } from "@/lib/access/org-access";
import { invitationMail } from "./invitation-mail";
import { INVITATION_LIFETIME_DAYS, newInvitationToken } from "./invitation-token";
import type { AddMemberInput } from "./input";
import { departmentNames, validateDepartmentScope } from "./validate-departments";

export type AddMemberResult = { kind: "invited"; invitationId: string; token: string; inviteUrl: string };

export const invitationPath = (token: string) => `/invitations/${token}`;

/**
 * Adds a person with a role by inviting their email address: the mailed link (also shown once to the inviter)
 * is accepted by whoever proves they read that inbox, with the account of that address or a new one. Nobody
 * joins without the link, even with an account of that address: an account proves nothing about the inbox.
 */
export async function addMember(access: OrgAccess, input: AddMemberInput): Promise<AddMemberResult> {
  assertCan(access, "members:manage");
  const organisationId = access.organisation.id;
  return access.db.$transaction(async (tx) => {
    const departments = await validateDepartmentScope(tx, organisationId, input);
    const member = await tx.membership.findFirst({
      where: { organisationId, user: { email: input.email } },
      select: { id: true },
    });
    if (member) throw new ConflictError(`${input.email} is already a member.`, "email");
    const pending = await tx.invitation.findFirst({
      where: { organisationId, email: input.email, acceptedAt: null, expiresAt: { gt: new Date() } },
    });
    if (pending) throw new ConflictError(`${input.email} already has an invitation waiting.`, "email");
    const { token, tokenHash } = newInvitationToken();
    const invitation = await tx.invitation.create({
      data: {
        organisationId,
        email: input.email,
        role: input.role,
        departmentIds: departments.map((d) => d.id),
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
      after: { email: input.email, role: input.role, departments: departmentNames(departments) },
    });
    const inviteUrl = appLink(invitationPath(token));
    const mail = invitationMail({
      inviterName: access.actor.name,
      organisationName: access.organisation.name,
      role: input.role,
      link: inviteUrl,
    });
    await sendMail(tx, { to: input.email, organisationId, ...mail });
    return { kind: "invited", invitationId: invitation.id, token, inviteUrl };
  }, MAIL_TRANSACTION);
}
