import "server-only";
import { getServerSession } from "next-auth";
import { cache } from "react";
import { db } from "@/lib/db/client";
import { UnauthenticatedError } from "@/lib/errors";
import type { Actor } from "@/lib/auth/actor";
import { authOptions } from "@/lib/auth/auth-options";
import { findSessionActor } from "@/lib/auth/auth-sessions";

/**
 * The signed-in user: the cookie must name a session that still exists on the server (signing out or a new
 * password deletes it), read with its user in one query. Cached per request, so a layout and its page share it.
 */
export const currentActor = cache(async (): Promise<Actor | null> => {
  const session = (await getServerSession(authOptions)) as { userId?: string; sessionId?: string } | null;
  if (!session?.userId || !session.sessionId) return null;
  return findSessionActor(db, session.sessionId, session.userId);
});

export async function requireActor(): Promise<Actor> {
  const actor = await currentActor();
  if (!actor) throw new UnauthenticatedError();
  return actor;
}
