import type { DbTx } from "@/lib/db/types";
import { parseInput } from "@/lib/http/parse-input";
import { mailMessage } from "./mail-message";
import { mailSettings } from "./mail-settings";
import { keepInOutbox } from "./outbox";
import { deliverBySmtp } from "./smtp-delivery";

/**
 * Sends one mail: through the mail server when SMTP_URL is set (a refusal throws MailDeliveryError, 503),
 * otherwise into the outbox table. Pass the open transaction as `db` when the mail must be kept only if the
 * rest commits; a mail sent through a server cannot be taken back, so send it last.
 */
export async function sendMail(
  db: DbTx,
  message: { to: string; subject: string; text: string; organisationId?: string },
): Promise<void> {
  const parsed = parseInput(mailMessage, message);
  const { smtpUrl, from } = mailSettings();
  if (smtpUrl) await deliverBySmtp(smtpUrl, from, parsed);
  else await keepInOutbox(db, parsed);
}
