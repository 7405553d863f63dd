import "server-only";
import { getServerSession } from "next-auth";
import { cache } from "react";
import { db } from "@/lib/db/client";
import { UnauthenticatedError } from "@/lib/errors";
import type { Actor } from "@/lib/organisations/access";
import { authOptions } from "./auth-options";

/**
 * The signed-in user, read fresh from the database (a deleted account's token signs nobody in). Cached
 * per request, so a layout and its page share one read.
 */
export const currentActor = cache(async (): Promise<Actor | null> => {
  const session = await getServerSession(authOptions);
  const id = (session?.user as { id?: string } | undefined)?.id;
  if (!id) return null;
  const user = await db.user.findUnique({ where: { id }, select: { id: true, email: true, name: true } });
  return user;
});

export async function requireActor(): Promise<Actor> {
  const actor = await currentActor();
  if (!actor) throw new UnauthenticatedError();
  return actor;
}
