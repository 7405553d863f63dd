/**
 * Signs out the browser that made the request, on the server (its session row is deleted) and in the
 * browser (the Set-Cookie headers returned clear next-auth's cookie). Used when a manager hands a
 * signed-in tablet over as a kiosk: nobody who answers on it may find the manager's session there.
 */
import "server-only";
import { getServerSession } from "next-auth";
import { db } from "@/lib/db/client";
import { authOptions } from "./auth-options";
import { endAuthSession } from "./auth-sessions";

export async function endThisSession(secure: boolean): Promise<string[]> {
  const session = (await getServerSession(authOptions)) as { sessionId?: string } | null;
  if (session?.sessionId) await endAuthSession(db, session.sessionId);
  return secure
    ? ["__Secure-next-auth.session-token=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax; Secure"]
    : ["next-auth.session-token=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax"];
}
