/** Someone follows the unsubscribe link of an invitation: no more mail from that organisation to that address. */
import type { Db } from "@/lib/db/types";
import { NotFoundError } from "@/lib/errors";
import { readUnsubscribeToken } from "./unsubscribe-token";

/** Who the link is for, to confirm before acting (mail scanners follow links; only the button unsubscribes). */
export async function describeUnsubscribe(db: Db, token: string): Promise<{ organisation: string; email: string }> {
  const signed = readUnsubscribeToken(token);
  if (!signed) throw new NotFoundError("Link");
  const organisation = await db.organisation.findUnique({
    where: { id: signed.organisationId },
    select: { name: true },
  });
  if (!organisation) throw new NotFoundError("Link");
  return { organisation: organisation.name, email: signed.email };
}

export async function unsubscribe(db: Db, token: string): Promise<{ organisation: string; email: string }> {
  const described = await describeUnsubscribe(db, token);
  const { organisationId, email } = readUnsubscribeToken(token)!;
  await db.mailUnsubscribe.upsert({
    where: { organisationId_email: { organisationId, email } },
    create: { organisationId, email },
    update: {},
  });
  return described;
}
