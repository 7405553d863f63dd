/**
 * The unsubscribe link in every invitation and reminder: the organisation and the address, signed with the
 * app's secret so nobody can unsubscribe someone else. It names no wave and no list entry, so it keeps
 * working after the wave's people list is deleted.
 */
import { createHmac, hkdfSync, timingSafeEqual } from "node:crypto";

function key(): Buffer {
  const secret = process.env.NEXTAUTH_SECRET;
  if (!secret) throw new Error("Unsubscribe links need NEXTAUTH_SECRET.");
  return Buffer.from(hkdfSync("sha256", secret, "throughline", "unsubscribe link", 32));
}

const sign = (payload: string) => createHmac("sha256", key()).update(payload).digest("base64url");

export function unsubscribeToken(organisationId: string, email: string): string {
  const payload = Buffer.from(JSON.stringify([organisationId, email])).toString("base64url");
  return `${payload}.${sign(payload)}`;
}

/** The organisation and address a token was made for, or null if it was not made by this app. */
export function readUnsubscribeToken(token: string): { organisationId: string; email: string } | null {
  const [payload, signature, extra] = token.split(".");
  if (!payload || !signature || extra !== undefined) return null;
  const expected = Buffer.from(sign(payload));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  try {
    const value: unknown = JSON.parse(Buffer.from(payload, "base64url").toString("utf8"));
    if (!Array.isArray(value) || value.length !== 2 || !value.every((v) => typeof v === "string")) return null;
    return { organisationId: value[0] as string, email: value[1] as string };
  } catch {
    return null;
  }
}
