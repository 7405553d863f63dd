/**
 * The organisation's obstacle link: its token is an HMAC of a random seed with the app's secret. The
 * database keeps the seed and the token's hash — not the token — so owners can show the link again, and a
 * database copy alone cannot make one. A new seed makes a new link and the old one stops working. (Changing
 * NEXTAUTH_SECRET changes the link too: owners then show and hand out the new one.)
 */
import { createHmac, hkdfSync, randomBytes } from "node:crypto";
import { hashSurveyToken } from "@/lib/diagnostic/survey-token";
import { appLink } from "@/lib/config/app-link";
import { loadEnv } from "@/lib/config/load-env";

function key(): Buffer {
  const secret = loadEnv().NEXTAUTH_SECRET;
  if (!secret) throw new Error("The obstacle link needs NEXTAUTH_SECRET.");
  return Buffer.from(hkdfSync("sha256", secret, "throughline", "obstacle link", 32));
}

export const obstacleLinkToken = (seed: string) => createHmac("sha256", key()).update(seed).digest("base64url");

/** A new seed and the hash of the token it makes. */
export function newObstacleLink(): { seed: string; hash: string } {
  const seed = randomBytes(24).toString("base64url");
  return { seed, hash: hashSurveyToken(obstacleLinkToken(seed)) };
}

export const obstacleLinkUrl = (seed: string) => appLink(`/s/o/${obstacleLinkToken(seed)}`);
export const receiptUrl = (token: string) => appLink(`/s/r/${token}`);
