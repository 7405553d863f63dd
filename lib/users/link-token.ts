import { createHash, randomBytes } from "node:crypto";

/** Mailed links carry a random token; only its hash is stored, so a database leak reveals no usable link. */
export function newLinkToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashLinkToken(token) };
}

export function hashLinkToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}
