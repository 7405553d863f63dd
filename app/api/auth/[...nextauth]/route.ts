import NextAuth from "next-auth";
import type { NextRequest } from "next/server";
import { authOptions } from "@/lib/auth/auth-options";
import { withSafeCallbackUrl } from "@/lib/auth/auth-request";
import { withSignInGate } from "@/lib/auth/login-gate";

const nextAuthHandler = NextAuth(authOptions);

type Context = { params: Promise<{ nextauth: string[] }> };

async function handle(incoming: NextRequest, context: Context) {
  const request = await withSafeCallbackUrl(incoming);
  const { nextauth } = await context.params;
  // A sign-in attempt is reserved (or refused with 429) before the password is even checked.
  if (request.method === "POST" && nextauth.join("/") === "callback/credentials") {
    return withSignInGate(request, () => nextAuthHandler(request, context));
  }
  return nextAuthHandler(request, context);
}

export { handle as GET, handle as POST };
