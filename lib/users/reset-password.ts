import { endAllAuthSessions } from "@/lib/auth/auth-sessions";
import { forgetSignInFailures, type ThrottleLimits } from "@/lib/auth/login-throttle";
import type { Db } from "@/lib/db/types";
import { retryOnWriteConflict } from "@/lib/db/write-conflicts";
import type { PasswordWithLinkInput } from "./input";
import { retireAccountLinks, usedLinkError, useAccountLink } from "./account-links";
import { hashPassword } from "@/lib/auth/password";

/**
 * Sets a new password with a mailed link, and ends every session of the account (whoever knew the old
 * password is signed out). The link proved the inbox, so this address's sign-in pauses are lifted too.
 */
export async function resetPassword(
  db: Db,
  input: PasswordWithLinkInput,
  source: { ip: string; limits: ThrottleLimits },
): Promise<{ email: string }> {
  const passwordHash = await hashPassword(input.password);
  const { email } = await retryOnWriteConflict(() =>
    db.$transaction(async (tx) => {
      const link = await useAccountLink(tx, "password_reset", input.token);
      const user = await tx.user.findUnique({ where: { email: link.email }, select: { id: true, email: true } });
      if (!user) throw usedLinkError();
      await tx.user.update({ where: { id: user.id }, data: { passwordHash } });
      await endAllAuthSessions(tx, user.id);
      await retireAccountLinks(tx, "password_reset", user.email);
      return user;
    }),
  );
  await forgetSignInFailures(db, source.limits, email, source.ip);
  return { email };
}
