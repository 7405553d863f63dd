/** Reads the invitation page makes, signed in or not (the mailed link's token is the key). */
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { describeInvitation } from "./describe-invitation";

export const lookUpInvitationFor = (token: string, actor: Actor | null) => describeInvitation(db, token, actor);
