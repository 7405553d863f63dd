import type { DbTx } from "@/lib/db/types";
import { mailSettings } from "./mail-settings";
import { keepInOutbox } from "./outbox";
import { transportFor } from "./smtp-delivery";

/** One mail of a bulk send (invitations, reminders), with the link a mail client shows as "unsubscribe". */
export type BulkMail = { to: string; subject: string; text: string; organisationId: string; unsubscribeUrl: string };

export type BulkDelivery = { ok: true } | { ok: false; reason: string };

/**
 * Sends one mail of a bulk send through SMTP_URL, or keeps it in the organisation's outbox. Unlike
 * sendMail, a refusal is returned, not thrown: the sender records it against the address and goes on.
 * The reason keeps the server's status code and its answer about this address (owners see it, to fix the
 * address); anything else only says that the server could not be reached.
 */
export async function deliverBulkMail(db: DbTx, mail: BulkMail): Promise<BulkDelivery> {
  const { smtpUrl, from } = mailSettings();
  if (!smtpUrl) {
    await keepInOutbox(db, {
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      organisationId: mail.organisationId,
    });
    return { ok: true };
  }
  try {
    await transportFor(smtpUrl, "bulk").sendMail({
      from,
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      list: { unsubscribe: { url: mail.unsubscribeUrl, comment: "Unsubscribe" } },
      headers: { "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" },
    });
    return { ok: true };
  } catch (error) {
    return { ok: false, reason: describeRefusal(error) };
  }
}

function describeRefusal(error: unknown): string {
  const smtp = error as { responseCode?: number; response?: string; command?: string };
  if (smtp.responseCode && smtp.command === "RCPT TO")
    return `The mail server refused this address (${smtp.responseCode}: ${(smtp.response ?? "").replace(/^\d{3}[ -]/, "").slice(0, 200)})`;
  if (smtp.responseCode) return `The mail server refused the mail (${smtp.responseCode})`;
  console.error("Mail to the SMTP server failed:", error instanceof Error ? error.message : error);
  return "The mail server could not be reached";
}
