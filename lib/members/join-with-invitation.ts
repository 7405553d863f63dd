/** Opening an invitation link and joining with it: what accepting and creating an account with an invitation share. */
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { ROLE_LABELS } from "@/lib/access/roles";
import type { DbTx } from "@/lib/db/types";
import { ConflictError, ForbiddenError, ValidationError } from "@/lib/errors";
import type { Actor } from "@/lib/auth/actor";
import { hashInvitationToken } from "./invitation-token";
import { departmentNames } from "./validate-departments";

export const invalidInvitationError = () =>
  new ValidationError(
    "token",
    "This invitation link has expired or has already been used. Ask the person who invited you for a new one.",
  );

export const accountExists = () =>
  new ConflictError("There is already an account for this email address. Sign in to accept the invitation.");

export const wrongAccountMessage = (invitedEmail: string, signedInEmail: string) =>
  `This invitation is for ${invitedEmail}, but you are signed in as ${signedInEmail}. Sign out, then open the link again.`;

export async function openInvitation(tx: DbTx, token: string) {
  const invitation = await tx.invitation.findUnique({
    where: { tokenHash: hashInvitationToken(token) },
    include: { organisation: true },
  });
  if (!invitation || invitation.acceptedAt || invitation.expiresAt <= new Date()) throw invalidInvitationError();
  return invitation;
}

/** Uses an open invitation for this person, in the caller's transaction: the membership, its departments and the audit entry. */
export async function joinWithInvitation(tx: DbTx, actor: Actor, token: string): Promise<{ organisation: string }> {
  const invitation = await openInvitation(tx, token);
  if (invitation.email !== actor.email.toLowerCase())
    throw new ForbiddenError(wrongAccountMessage(invitation.email, actor.email));
  const already = await tx.membership.findUnique({
    where: { organisationId_userId: { organisationId: invitation.organisationId, userId: actor.id } },
  });
  if (already) throw new ConflictError(`You are already a member of ${invitation.organisation.name}.`);
  // Only one of two simultaneous acceptances uses the link.
  const { count } = await tx.invitation.updateMany({
    where: { id: invitation.id, acceptedAt: null },
    data: { acceptedAt: new Date() },
  });
  if (count !== 1) throw invalidInvitationError();
  // Only departments that still exist are assigned.
  const departments = await tx.department.findMany({
    where: { organisationId: invitation.organisationId, id: { in: invitation.departmentIds } },
    select: { id: true, name: true },
  });
  const membership = await tx.membership.create({
    data: {
      organisationId: invitation.organisationId,
      userId: actor.id,
      role: invitation.role,
      departments: { create: departments.map((d) => ({ departmentId: d.id })) },
    },
  });
  await recordAuditEvent(tx, invitation.organisationId, actor, {
    action: "member.joined",
    subjectType: "membership",
    subjectId: membership.id,
    summary: `${actor.email} accepted the invitation as ${ROLE_LABELS[invitation.role]}`,
    after: { email: actor.email, role: invitation.role, departments: departmentNames(departments) },
  });
  return { organisation: invitation.organisation.slug };
}
