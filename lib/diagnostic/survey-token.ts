import { createHash, randomBytes } from "node:crypto";

/** Links carry a random token; only its hash is stored. */
export function newSurveyToken(): { token: string; tokenHash: string } {
  const token = randomBytes(24).toString("base64url");
  return { token, tokenHash: hashSurveyToken(token) };
}

export function hashSurveyToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}
