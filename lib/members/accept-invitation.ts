/** A signed-in person accepts an invitation to an organisation. */
import type { Db } from "@/lib/db/types";
import { isUniqueViolation, retryOnWriteConflict } from "@/lib/db/write-conflicts";
import { ConflictError } from "@/lib/errors";
import type { Actor } from "@/lib/auth/actor";
import { joinWithInvitation } from "./join-with-invitation";

/**
 * Accepts an invitation for a signed-in person. The link proves they read the invited inbox; being signed in
 * as that same address proves the account is theirs. Anyone else is refused, whatever account they hold.
 */
export async function acceptInvitation(db: Db, actor: Actor, token: string): Promise<{ organisation: string }> {
  try {
    return await retryOnWriteConflict(() => db.$transaction((tx) => joinWithInvitation(tx, actor, token)));
  } catch (error) {
    if (isUniqueViolation(error)) throw new ConflictError("You are already a member of this organisation.");
    throw error;
  }
}
