import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { env } from "@/lib/config/server-env";
import { db } from "@/lib/db/client";
import { clientIp } from "@/lib/http/client-ip";
import { signInInput } from "@/lib/users/account-input";
import { verifyCredentials } from "@/lib/users/verify-credentials";
import { clearAccountFailures, recordLoginFailure } from "./login-throttle";

export const throttleLimits = { perAccount: env.LOGIN_MAX_FAILURES_PER_ACCOUNT, perIp: env.LOGIN_MAX_FAILURES_PER_IP };

export const authOptions: NextAuthOptions = {
  secret: env.NEXTAUTH_SECRET,
  session: { strategy: "jwt", maxAge: 8 * 60 * 60 },
  pages: { signIn: "/login" },
  providers: [
    CredentialsProvider({
      name: "Email and password",
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(credentials, request) {
        const parsed = signInInput.safeParse(credentials ?? {});
        if (!parsed.success) return null;
        const { email, password } = parsed.data;
        const user = await verifyCredentials(db, email, password);
        const ip = clientIp(request?.headers ?? {}, env.TRUST_PROXY);
        if (!user) {
          await recordLoginFailure(db, throttleLimits, email, ip);
          return null;
        }
        await clearAccountFailures(db, throttleLimits, email);
        return user;
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) token.sub = user.id;
      return token;
    },
    session({ session, token }) {
      if (session.user && token.sub) (session.user as { id?: string }).id = token.sub;
      return session;
    },
  },
};
