import { createHash, randomBytes } from "node:crypto";

/** Invitation links carry a random token; only its hash is stored, so a database leak reveals no usable link. */
export function newInvitationToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashInvitationToken(token) };
}

export function hashInvitationToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export const INVITATION_LIFETIME_DAYS = 14;
