import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { ROLE_LABELS } from "@/lib/access/roles";
import type { Db, DbTx } from "@/lib/db/types";
import { isUniqueViolation, retryOnWriteConflict } from "@/lib/db/write-conflicts";
import { ConflictError, ForbiddenError, ValidationError } from "@/lib/errors";
import type { Actor } from "@/lib/auth/actor";
import type { InvitationAccountInput } from "@/lib/users/account-input";
import { retireAccountLinks } from "@/lib/users/account-links";
import { hashPassword } from "@/lib/auth/password";
import { hashInvitationToken } from "./invitation-token";
import { departmentNames } from "./validate-departments";

export const invalidInvitationError = () =>
  new ValidationError("token", "This invitation link has expired or has already been used. Ask the person who invited you for a new one.");

const accountExists = () => new ConflictError("There is already an account for this email address. Sign in to accept the invitation.");

export const wrongAccountMessage = (invitedEmail: string, signedInEmail: string) =>
  `This invitation is for ${invitedEmail}, but you are signed in as ${signedInEmail}. Sign out, then open the link again.`;

/**
 * Accepts an invitation for a signed-in person. The link proves they read the invited inbox; being signed in
 * as that same address proves the account is theirs. Anyone else is refused, whatever account they hold.
 */
export async function acceptInvitation(db: Db, actor: Actor, token: string): Promise<{ organisation: string }> {
  try {
    return await retryOnWriteConflict(() => db.$transaction((tx) => joinWithInvitation(tx, actor, token)));
  } catch (error) {
    if (isUniqueViolation(error)) throw new ConflictError("You are already a member of this organisation.");
    throw error;
  }
}

/**
 * Creates the account of an invited address that has none: the link proved the inbox, so the account needs
 * no further check, and it joins the organisation at once.
 */
export async function createAccountWithInvitation(db: Db, input: InvitationAccountInput): Promise<{ email: string; organisation: string }> {
  const passwordHash = await hashPassword(input.password);
  try {
    return await retryOnWriteConflict(() =>
      db.$transaction(async (tx) => {
        const invitation = await openInvitation(tx, input.token);
        if (await tx.user.findUnique({ where: { email: invitation.email }, select: { id: true } })) throw accountExists();
        const user = await tx.user.create({ data: { email: invitation.email, name: input.name, passwordHash }, select: { id: true, email: true, name: true } });
        await retireAccountLinks(tx, "sign_up", user.email);
        const { organisation } = await joinWithInvitation(tx, user, input.token);
        return { email: user.email, organisation };
      }),
    );
  } catch (error) {
    if (isUniqueViolation(error)) throw accountExists();
    throw error;
  }
}

async function openInvitation(tx: DbTx, token: string) {
  const invitation = await tx.invitation.findUnique({ where: { tokenHash: hashInvitationToken(token) }, include: { organisation: true } });
  if (!invitation || invitation.acceptedAt || invitation.expiresAt <= new Date()) throw invalidInvitationError();
  return invitation;
}

async function joinWithInvitation(tx: DbTx, actor: Actor, token: string): Promise<{ organisation: string }> {
  const invitation = await openInvitation(tx, token);
  if (invitation.email !== actor.email.toLowerCase()) throw new ForbiddenError(wrongAccountMessage(invitation.email, actor.email));
  const already = await tx.membership.findUnique({ where: { organisationId_userId: { organisationId: invitation.organisationId, userId: actor.id } } });
  if (already) throw new ConflictError(`You are already a member of ${invitation.organisation.name}.`);
  // Only one of two simultaneous acceptances uses the link.
  const { count } = await tx.invitation.updateMany({ where: { id: invitation.id, acceptedAt: null }, data: { acceptedAt: new Date() } });
  if (count !== 1) throw invalidInvitationError();
  // Only departments that still exist are assigned.
  const departments = await tx.department.findMany({ where: { organisationId: invitation.organisationId, id: { in: invitation.departmentIds } }, select: { id: true, name: true } });
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
