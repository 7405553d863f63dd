/**
 * Server-side sessions. The session cookie (next-auth's encrypted JWT) carries the id of an AuthSession row
 * and counts only while that row exists and has not expired, so a session ends on the server: at sign-out,
 * when the password is changed, or after SESSION_MAX_AGE_SECONDS — whatever the cookie says.
 */
import type { DbTx } from "@/lib/db/types";
import type { Actor } from "@/lib/auth/actor";

export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;

/** A new session at sign-in; the user's expired ones are cleared on the way. */
export async function startAuthSession(db: DbTx, userId: string): Promise<string> {
  const now = new Date();
  await db.authSession.deleteMany({ where: { userId, expiresAt: { lte: now } } });
  const session = await db.authSession.create({
    data: { userId, expiresAt: new Date(now.getTime() + SESSION_MAX_AGE_SECONDS * 1000) },
  });
  return session.id;
}

/** The signed-in user of a live session (one query, joining the user), or null. */
export async function findSessionActor(db: DbTx, sessionId: string, userId: string): Promise<Actor | null> {
  const session = await db.authSession.findFirst({
    where: { id: sessionId, userId, expiresAt: { gt: new Date() } },
    select: { user: { select: { id: true, email: true, name: true } } },
  });
  return session?.user ?? null;
}

export async function endAuthSession(db: DbTx, sessionId: string): Promise<void> {
  await db.authSession.deleteMany({ where: { id: sessionId } });
}

/** Every session of the user, on every device. */
export async function endAllAuthSessions(db: DbTx, userId: string): Promise<void> {
  await db.authSession.deleteMany({ where: { userId } });
}
