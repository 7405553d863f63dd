import type { Db } from "@/lib/db/types";
import type { Actor } from "@/lib/auth/actor";
import { verifyPassword } from "./password";

/** The user for an email and password, or null. Unknown email and wrong password are indistinguishable. */
export async function verifyCredentials(db: Db, email: string, password: string): Promise<Actor | null> {
  const user = await db.user.findUnique({ where: { email: email.trim().toLowerCase() } });
  const ok = await verifyPassword(password, user?.passwordHash ?? null);
  return ok && user ? { id: user.id, email: user.email, name: user.name } : null;
}
