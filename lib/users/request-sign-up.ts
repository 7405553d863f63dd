import type { Db } from "@/lib/db/types";
import { appLink } from "@/lib/config/app-link";
import { MAIL_TRANSACTION } from "@/lib/mail/mail-transaction";
import { sendMail } from "@/lib/mail/send-mail";
import type { SignUpRequestInput } from "./input";
import { alreadyRegisteredMail, signUpMail } from "./account-mails";
import { type AccountMailLimits, throttleAccountMail } from "./account-mail-throttle";
import { createAccountLink } from "./account-links";

export type RequestSource = { ip: string; limits: AccountMailLimits };

/**
 * Sign-up, step one: mails the address a link to finish (the account is created only when the link proves
 * the inbox). If the address already has an account, the mail says so and offers a password reset instead.
 * Either way the caller learns nothing: same work, same answer.
 */
export async function requestSignUp(db: Db, input: SignUpRequestInput, source: RequestSource): Promise<void> {
  await throttleAccountMail(db, source.limits, input.email, source.ip);
  await db.$transaction(async (tx) => {
    const existing = await tx.user.findUnique({ where: { email: input.email }, select: { id: true } });
    if (existing) {
      const token = await createAccountLink(tx, "password_reset", input.email);
      const mail = alreadyRegisteredMail({
        signInLink: appLink("/login"),
        resetLink: appLink(`/reset-password/${token}`),
      });
      await sendMail(tx, { to: input.email, ...mail });
    } else {
      const token = await createAccountLink(tx, "sign_up", input.email, input.name);
      await sendMail(tx, { to: input.email, ...signUpMail({ link: appLink(`/signup/${token}`) }) });
    }
  }, MAIL_TRANSACTION);
}
