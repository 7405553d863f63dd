/** The sign-in gate: reserves an attempt for the account and client address before next-auth checks the password. */
import "server-only";
import { env } from "@/lib/config/server-env";
import { db } from "@/lib/db/client";
import { RateLimitedError } from "@/lib/errors";
import { clientIp } from "@/lib/http/client-ip";
import { problemResponse } from "@/lib/http/problem";
import { reserveSignInAttempt, type SignInAttempt, type ThrottleLimits } from "./login-throttle";
import { runWithSignInAttempt } from "./sign-in-attempt-context";

export const throttleLimits: ThrottleLimits = {
  perAccount: env.LOGIN_MAX_FAILURES_PER_ACCOUNT,
  perIp: env.LOGIN_MAX_FAILURES_PER_IP,
  maxPauseSeconds: env.LOGIN_MAX_PAUSE_MINUTES * 60,
};

/**
 * Runs next-auth's credentials callback with a reserved attempt, or answers 429 (a problem that also carries
 * `url` with error=RateLimited and the wait, for next-auth's client) without checking the password.
 */
export async function withSignInGate(request: Request, signIn: () => Promise<Response>): Promise<Response> {
  const form = await request
    .clone()
    .formData()
    .catch(() => null);
  const email = String(form?.get("email") ?? "").slice(0, 320);
  let attempt: SignInAttempt;
  try {
    attempt = await reserveSignInAttempt(db, throttleLimits, email, clientIp(request.headers, env.TRUST_PROXY));
  } catch (error) {
    const response = problemResponse(error);
    if (!(error instanceof RateLimitedError)) return response;
    const url = `${env.NEXTAUTH_URL}/login?error=RateLimited&retryAfter=${error.retryAfterSeconds}`;
    return new Response(JSON.stringify({ ...(await response.json()), url }), {
      status: 429,
      headers: response.headers,
    });
  }
  try {
    return await runWithSignInAttempt(attempt, signIn);
  } finally {
    // A request that never reached the password check (a bad CSRF token, an error) still counts as a failure.
    if (!attempt.settled()) await attempt.failed().catch((error: unknown) => console.error("Sign-in throttle:", error));
  }
}
