import NextAuth from "next-auth";
import type { NextRequest } from "next/server";
import { authOptions } from "@/lib/auth/auth-options";
import { withSafeCallbackUrl } from "@/lib/auth/auth-request";
import { withSignInGate } from "@/lib/auth/login-gate";
import { bufferedRequest } from "@/lib/http/buffered-request";
import { problemResponse } from "@/lib/http/problem";

const nextAuthHandler = NextAuth(authOptions);

type Context = { params: Promise<{ nextauth: string[] }> };

async function handle(incoming: NextRequest, context: Context) {
  // The body is read once, capped and checked, before next-auth reads it (a 200 MB post is refused, not buffered).
  const buffered =
    incoming.method === "POST"
      ? await bufferedRequest(incoming).catch((error: unknown) => problemResponse(error))
      : incoming;
  if (buffered instanceof Response) return buffered;
  const request = await withSafeCallbackUrl(buffered);
  const { nextauth } = await context.params;
  // A sign-in attempt is reserved (or refused with 429) before the password is even checked.
  if (request.method === "POST" && nextauth.join("/") === "callback/credentials") {
    return withSignInGate(request, () => nextAuthHandler(request, context));
  }
  return nextAuthHandler(request, context);
}

export { handle as GET, handle as POST };
