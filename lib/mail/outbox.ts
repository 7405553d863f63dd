import type { DbTx } from "@/lib/db/types";
import { assertCan, type OrgAccess } from "@/lib/access/org-access";
import type { MailMessage } from "./mail-message";

/**
 * Keeps a mail in the database instead of sending it. Account mail (sign-up, password reset) belongs to no
 * organisation, so no owner can read it in the app: it goes to the server log too, for the operator to pass on.
 */
export async function keepInOutbox(db: DbTx, message: MailMessage): Promise<void> {
  await db.outboxMessage.create({
    data: {
      organisationId: message.organisationId ?? null,
      to: message.to,
      subject: message.subject,
      text: message.text,
    },
  });
  if (!message.organisationId) {
    console.info(
      `[outbox] No mail server is configured (SMTP_URL). Please pass this on.\nTo: ${message.to}\nSubject: ${message.subject}\n\n${message.text}\n[end of mail]`,
    );
  }
}

export type OutboxEntry = { id: string; to: string; subject: string; text: string; createdAt: string };

export const OUTBOX_PAGE_SIZE = 100;

/** The organisation's kept mail, newest first (owners only: invitation links are in it). */
export async function listOutbox(access: OrgAccess): Promise<OutboxEntry[]> {
  assertCan(access, "outbox:read");
  const messages = await access.db.outboxMessage.findMany({
    where: { organisationId: access.organisation.id },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: OUTBOX_PAGE_SIZE,
  });
  return messages.map((m) => ({
    id: m.id,
    to: m.to,
    subject: m.subject,
    text: m.text,
    createdAt: m.createdAt.toISOString(),
  }));
}
