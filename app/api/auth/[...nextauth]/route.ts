import NextAuth from "next-auth";
import type { NextRequest } from "next/server";
import { authOptions } from "@/lib/auth/auth-options";
import { loginGate } from "@/lib/auth/login-gate";
import { bufferedRequest } from "@/lib/http/buffered-request";
import { problemResponse } from "@/lib/http/problem";

const nextAuthHandler = NextAuth(authOptions);

type Context = { params: Promise<{ nextauth: string[] }> };

/** Sign-in attempts past the throttle limit answer 429 before the password is even checked. */
async function post(original: NextRequest, context: Context) {
  const request = await bufferedRequest(original).catch((error: unknown) => problemResponse(error));
  if (request instanceof Response) return request;
  const { nextauth } = await context.params;
  if (nextauth.join("/") === "callback/credentials") {
    const refused = await loginGate(request);
    if (refused) return refused;
  }
  return nextAuthHandler(request, context);
}

export { nextAuthHandler as GET, post as POST };
