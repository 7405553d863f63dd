import NextAuth from "next-auth";
import { authOptions, throttleLimits } from "@/lib/auth/auth-options";
import { assertLoginAllowed } from "@/lib/auth/login-throttle";
import { env } from "@/lib/config/server-env";
import { db } from "@/lib/db/client";
import { RateLimitedError } from "@/lib/errors";
import { clientIp } from "@/lib/http/client-ip";
import { problemResponse } from "@/lib/http/problem";

const nextAuthHandler = NextAuth(authOptions);

type Context = { params: Promise<{ nextauth: string[] }> };

/**
 * Sign-in attempts past the throttle limit answer 429 before the password is even checked. The body
 * is problem+json and also carries `url` (with error=RateLimited) for next-auth's client.
 */
async function post(request: Request, context: Context) {
  const { nextauth } = await context.params;
  if (nextauth.join("/") === "callback/credentials") {
    const form = await request.clone().formData().catch(() => null);
    const email = String(form?.get("email") ?? "");
    try {
      await assertLoginAllowed(db, throttleLimits, email, clientIp(request.headers, env.TRUST_PROXY));
    } catch (error) {
      if (!(error instanceof RateLimitedError)) return problemResponse(error);
      const response = problemResponse(error);
      const body = { ...(await response.json()), url: `${env.NEXTAUTH_URL}/login?error=RateLimited` };
      return new Response(JSON.stringify(body), { status: 429, headers: response.headers });
    }
  }
  return nextAuthHandler(request, context);
}

export { nextAuthHandler as GET, post as POST };
