/**
 * Sealing what respondents give (AES-256-GCM). An answer in progress is sealed with a key derived from
 * the respondent's link — the database stores only the link's hash, so it cannot open it; a ballot
 * waiting in the ballot box is sealed with the app's own secret, so a database administrator cannot
 * read it before it joins the results, shuffled, in another transaction (DESIGN §4.1.1).
 */
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";

const IV_BYTES = 12;
const TAG_BYTES = 16;

function derive(secret: string, purpose: string): Buffer {
  return Buffer.from(hkdfSync("sha256", secret, "throughline", purpose, 32));
}

export const sessionKey = (linkToken: string): Buffer => derive(linkToken, "survey session");

const derivedKeys = new Map<string, { secret: string; key: Buffer }>();

/** A key derived from BALLOT_SECRET, or else the session secret (loaded into process.env at start). */
function appKey(purpose: string): Buffer {
  const secret = process.env.BALLOT_SECRET ?? process.env.NEXTAUTH_SECRET;
  if (!secret) throw new Error("The ballot box needs BALLOT_SECRET or NEXTAUTH_SECRET.");
  const kept = derivedKeys.get(purpose);
  if (kept?.secret === secret) return kept.key;
  const key = derive(secret, purpose);
  derivedKeys.set(purpose, { secret, key });
  return key;
}

/** The ballot box's key. */
export const ballotKey = (): Buffer => appKey("ballot box");

/** The key of anonymous obstacle reports waiting to join the triage list (lib/obstacles/ballot-box). */
export const obstacleBallotKey = (): Buffer => appKey("obstacle ballot box");

/**
 * The key of the mailed links kept for reminders (DESIGN §4.4): the database alone cannot read them, and each
 * is erased once its person has answered or the wave has closed.
 */
export const mailedLinkKey = (): Buffer => appKey("mailed links");

export function seal(value: unknown, key: Buffer): Uint8Array<ArrayBuffer> {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv("aes-256-gcm", key, iv);
  const body = Buffer.concat([cipher.update(JSON.stringify(value), "utf8"), cipher.final()]);
  return new Uint8Array(Buffer.concat([iv, cipher.getAuthTag(), body]));
}

export function unseal<T>(sealed: Uint8Array, key: Buffer): T {
  const bytes = Buffer.from(sealed);
  const decipher = createDecipheriv("aes-256-gcm", key, bytes.subarray(0, IV_BYTES));
  decipher.setAuthTag(bytes.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
  return JSON.parse(
    Buffer.concat([decipher.update(bytes.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString("utf8"),
  ) as T;
}
