import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { sameOriginUrl } from "@/lib/client/safe-return-path";
import { env } from "@/lib/config/server-env";
import { db } from "@/lib/db/client";
import { verifyCredentials } from "./verify-credentials";
import { endAuthSession, SESSION_MAX_AGE_SECONDS, startAuthSession } from "./auth-sessions";
import { reservedSignInAttempt } from "./sign-in-attempt-context";
import { signInInput } from "./input";

export const authOptions: NextAuthOptions = {
  secret: env.NEXTAUTH_SECRET,
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: "/login" },
  providers: [
    CredentialsProvider({
      name: "Email and password",
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(credentials) {
        // The sign-in gate (app/api/auth/[...nextauth]/route.ts) reserved this attempt; without one, no check.
        const attempt = reservedSignInAttempt();
        const parsed = signInInput.safeParse(credentials ?? {});
        if (!attempt || !parsed.success) return null;
        const user = await verifyCredentials(db, parsed.data.email, parsed.data.password);
        if (user) await attempt.succeeded();
        else await attempt.failed();
        return user;
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      // At sign-in only: the session is a row on the server, and the cookie names it.
      if (user) {
        token.sub = user.id;
        token.sid = await startAuthSession(db, user.id);
      }
      return token;
    },
    session({ session, token }) {
      const signedIn = session as typeof session & { userId?: string; sessionId?: string };
      if (token.sub) signedIn.userId = token.sub;
      if (typeof token.sid === "string") signedIn.sessionId = token.sid;
      if (session.user && token.sub) (session.user as { id?: string }).id = token.sub;
      return signedIn;
    },
    // Only this site's pages: a callbackUrl elsewhere (or malformed) lands on the site's root.
    redirect({ url, baseUrl }) {
      return sameOriginUrl(url, baseUrl);
    },
  },
  events: {
    async signOut({ token }) {
      if (typeof token?.sid === "string") await endAuthSession(db, token.sid);
    },
  },
};
