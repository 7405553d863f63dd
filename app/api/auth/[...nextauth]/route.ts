import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/auth-options";
import { loginGate } from "@/lib/auth/login-gate";

const nextAuthHandler = NextAuth(authOptions);

type Context = { params: Promise<{ nextauth: string[] }> };

/** Sign-in attempts past the throttle limit answer 429 before the password is even checked. */
async function post(request: Request, context: Context) {
  const { nextauth } = await context.params;
  if (nextauth.join("/") === "callback/credentials") {
    const refused = await loginGate(request);
    if (refused) return refused;
  }
  return nextAuthHandler(request, context);
}

export { nextAuthHandler as GET, post as POST };
