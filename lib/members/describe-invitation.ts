import type { MemberRole } from "@/lib/access/roles";
import type { Db } from "@/lib/db/types";
import type { Actor } from "@/lib/auth/actor";
import { hashInvitationToken } from "./invitation-token";

/**
 * What the invitation page offers the holder of a link:
 * - accept: signed in as the invited address
 * - wrong-account: signed in as another address (refused; sign out first)
 * - sign-in: the address has an account, nobody is signed in
 * - create-account: the address has no account yet
 * - already-member: signed in as the invited address, already in the organisation
 */
export type InvitationStep = "accept" | "wrong-account" | "sign-in" | "create-account" | "already-member";

export type InvitationView = {
  email: string;
  organisationName: string;
  organisationSlug: string;
  role: MemberRole;
  inviterName: string | null;
  expiresAt: string;
  step: InvitationStep;
};

/** Null when the link is unknown, used or expired. */
export async function describeInvitation(db: Db, token: string, actor: Actor | null): Promise<InvitationView | null> {
  const invitation = await db.invitation.findUnique({
    where: { tokenHash: hashInvitationToken(token) },
    include: { organisation: true },
  });
  if (!invitation || invitation.acceptedAt || invitation.expiresAt <= new Date()) return null;
  const inviter = await db.user.findUnique({ where: { id: invitation.invitedById }, select: { name: true } });
  let step: InvitationStep;
  if (actor) {
    if (actor.email.toLowerCase() !== invitation.email) step = "wrong-account";
    else {
      const member = await db.membership.findUnique({
        where: { organisationId_userId: { organisationId: invitation.organisationId, userId: actor.id } },
      });
      step = member ? "already-member" : "accept";
    }
  } else {
    step = (await db.user.findUnique({ where: { email: invitation.email }, select: { id: true } }))
      ? "sign-in"
      : "create-account";
  }
  return {
    email: invitation.email,
    organisationName: invitation.organisation.name,
    organisationSlug: invitation.organisation.slug,
    role: invitation.role,
    inviterName: inviter?.name ?? null,
    expiresAt: invitation.expiresAt.toISOString(),
    step,
  };
}
