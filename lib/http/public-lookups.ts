/** Reads that pages without a session may make. */
import "server-only";
import { db } from "@/lib/db/client";
import { findOpenInvitation } from "@/lib/members/find-invitation";

export function lookUpInvitation(token: string) {
  return findOpenInvitation(db, token);
}
