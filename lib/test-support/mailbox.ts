import type { DbTx } from "@/lib/db/types";

/** The latest mail kept in the outbox for an address (tests run without a mail server unless they start one). */
export async function latestOutboxMail(db: DbTx, to: string) {
  const mail = await db.outboxMessage.findFirst({ where: { to }, orderBy: [{ createdAt: "desc" }, { id: "desc" }] });
  if (!mail) throw new Error(`No mail to ${to} in the outbox.`);
  return mail;
}

/** The token of the first link to `path` (e.g. "/signup") in a mail's text. */
export function linkToken(text: string, path: string): string {
  const match = new RegExp(`https?://[^\\s/]+${path}/([A-Za-z0-9_-]+)(?:\\s|$)`).exec(text);
  if (!match) throw new Error(`No ${path}/… link in:\n${text}`);
  return match[1]!;
}
