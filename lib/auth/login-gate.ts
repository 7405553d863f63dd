/** Refuses a sign-in attempt from an account or IP past its failure limit, before the password is checked. */
import "server-only";
import { env } from "@/lib/config/server-env";
import { db } from "@/lib/db/client";
import { RateLimitedError } from "@/lib/errors";
import { clientIp } from "@/lib/http/client-ip";
import { problemResponse } from "@/lib/http/problem";
import { throttleLimits } from "./auth-options";
import { assertLoginAllowed } from "./login-throttle";

/** A 429 problem (also carrying `url` with error=RateLimited for next-auth's client), or null to proceed. */
export async function loginGate(request: Request): Promise<Response | null> {
  const form = await request.clone().formData().catch(() => null);
  const email = String(form?.get("email") ?? "");
  try {
    await assertLoginAllowed(db, throttleLimits, email, clientIp(request.headers, env.TRUST_PROXY));
    return null;
  } catch (error) {
    const response = problemResponse(error);
    if (!(error instanceof RateLimitedError)) return response;
    const body = { ...(await response.json()), url: `${env.NEXTAUTH_URL}/login?error=RateLimited` };
    return new Response(JSON.stringify(body), { status: 429, headers: response.headers });
  }
}
