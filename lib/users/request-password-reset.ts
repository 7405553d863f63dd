import type { Db } from "@/lib/db/types";
import { appLink } from "@/lib/config/app-link";
import { MAIL_TRANSACTION } from "@/lib/mail/mail-transaction";
import { sendMail } from "@/lib/mail/send-mail";
import type { PasswordResetRequestInput } from "./input";
import { noAccountMail, passwordResetMail } from "./account-mails";
import { throttleAccountMail } from "./account-mail-throttle";
import { createAccountLink } from "./account-links";
import type { RequestSource } from "./request-sign-up";

/**
 * "Forgot password": mails a single-use link to choose a new one. An address without an account gets a mail
 * saying so; the caller gets the same answer either way.
 */
export async function requestPasswordReset(
  db: Db,
  input: PasswordResetRequestInput,
  source: RequestSource,
): Promise<void> {
  await throttleAccountMail(db, source.limits, input.email, source.ip);
  await db.$transaction(async (tx) => {
    const existing = await tx.user.findUnique({ where: { email: input.email }, select: { id: true } });
    if (existing) {
      const token = await createAccountLink(tx, "password_reset", input.email);
      await sendMail(tx, { to: input.email, ...passwordResetMail({ resetLink: appLink(`/reset-password/${token}`) }) });
    } else {
      await sendMail(tx, { to: input.email, ...noAccountMail({ signUpLink: appLink("/signup") }) });
    }
  }, MAIL_TRANSACTION);
}
