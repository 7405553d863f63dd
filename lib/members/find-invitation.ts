import type { Db } from "@/lib/db/types";
import { hashInvitationToken } from "./invitation-token";

/** What the sign-up page may show about an invitation link: only while it is valid. */
export async function findOpenInvitation(db: Db, token: string): Promise<{ email: string; organisationName: string } | null> {
  const invitation = await db.invitation.findUnique({ where: { tokenHash: hashInvitationToken(token) }, include: { organisation: true } });
  if (!invitation || invitation.acceptedAt || invitation.expiresAt <= new Date()) return null;
  return { email: invitation.email, organisationName: invitation.organisation.name };
}
