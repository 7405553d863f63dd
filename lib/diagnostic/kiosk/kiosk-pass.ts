/**
 * The kiosk pass: the cookie that makes one browser a kiosk for one wave (a shared tablet at a reception desk).
 * A manager's signed-in request sets it; it names the organisation, the wave, the shared link it was made
 * under (a new shared link ends every kiosk of the old one) and when it expires, signed with the app's secret
 * so nobody can make one by hand or move it to another wave. A URL alone never makes a kiosk: only this
 * cookie lets a browser start one sitting after another.
 */
import { createHmac, hkdfSync, timingSafeEqual } from "node:crypto";

export const KIOSK_COOKIE = "tl_kiosk";
/** A kiosk lasts at most this long (the wave closing ends it sooner). */
export const KIOSK_MAX_AGE_SECONDS = 30 * 86400;

export type KioskPass = {
  organisationId: string;
  waveId: string;
  /** The start of the wave's shared link hash when the kiosk was set up. */
  link: string;
  /** Milliseconds since the epoch. */
  expiresAt: number;
};

function key(): Buffer {
  const secret = process.env.NEXTAUTH_SECRET;
  if (!secret) throw new Error("Kiosks need NEXTAUTH_SECRET.");
  return Buffer.from(hkdfSync("sha256", secret, "throughline", "kiosk pass", 32));
}

const sign = (payload: string) => createHmac("sha256", key()).update(payload).digest("base64url");

/** The part of a shared link's hash a pass is bound to. */
export const linkMark = (sharedTokenHash: string) => sharedTokenHash.slice(0, 16);

export function kioskPass(pass: KioskPass): string {
  const payload = Buffer.from(JSON.stringify([pass.organisationId, pass.waveId, pass.link, pass.expiresAt])).toString(
    "base64url",
  );
  return `${payload}.${sign(payload)}`;
}

/** What a pass was made for, or null if this app did not make it or it has expired. */
export function readKioskPass(value: string | undefined, now = Date.now()): KioskPass | null {
  if (!value) return null;
  const [payload, signature, extra] = value.split(".");
  if (!payload || !signature || extra !== undefined) return null;
  const expected = Buffer.from(sign(payload));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  try {
    const parsed: unknown = JSON.parse(Buffer.from(payload, "base64url").toString("utf8"));
    if (!Array.isArray(parsed) || parsed.length !== 4) return null;
    const [organisationId, waveId, link, expiresAt] = parsed as unknown[];
    if (typeof organisationId !== "string" || typeof waveId !== "string" || typeof link !== "string") return null;
    if (typeof expiresAt !== "number" || !(expiresAt > now)) return null;
    return { organisationId, waveId, link, expiresAt };
  } catch {
    return null;
  }
}

/** The pass's value in a request's cookies (none, or not this app's, reads as undefined / null later). */
export function kioskCookieOf(cookieHeader: string | null): string | undefined {
  const found = cookieHeader
    ?.split(/;\s*/)
    .find((c) => c.startsWith(`${KIOSK_COOKIE}=`))
    ?.slice(KIOSK_COOKIE.length + 1);
  return found ? decodeURIComponent(found) : undefined;
}

/** The Set-Cookie header for a pass: only this site's requests carry it, and no script can read it. */
export function kioskCookie(value: string, secure: boolean): string {
  return `${KIOSK_COOKIE}=${encodeURIComponent(value)}; Path=/; Max-Age=${KIOSK_MAX_AGE_SECONDS}; HttpOnly; SameSite=Strict${secure ? "; Secure" : ""}`;
}

/** The Set-Cookie header that ends the kiosk on this browser. */
export function endKioskCookie(secure: boolean): string {
  return `${KIOSK_COOKIE}=; Path=/; Max-Age=0; HttpOnly; SameSite=Strict${secure ? "; Secure" : ""}`;
}
