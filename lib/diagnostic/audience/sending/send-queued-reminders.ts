/**
 * Sends the queued reminders, each once, through the same steps as the invitations (send-queued-mail.ts):
 * queued → claimed → sending → sent | failed, `uncertain` when a sender died while handing one over. A
 * reminder carries the link of the person's invitation (kept sealed with the app's key), so a half-finished
 * answer resumes. Whoever has answered meanwhile is not reminded: their reminder is dropped.
 */
import type { Db } from "@/lib/db/types";
import { deliverBulkMail } from "@/lib/mail/deliver-bulk-mail";
import { outboxInUse } from "@/lib/mail/mail-settings";
import { mailedLinkKey, unseal } from "@/lib/diagnostic/ballot-box/seal";
import { composeMail, type TextsFor } from "./compose-mail";
import { drainQueue, type Claimed, type Outcome } from "./drain-queue";
import { UNSUBSCRIBED_REASON, type SenderOptions } from "./send-queued-mail";

async function claimBatch(db: Db, size: number): Promise<Claimed[]> {
  return db.$queryRaw<Claimed[]>`
    UPDATE "ReminderMail" SET "state" = 'claimed', "claimedAt" = date_trunc('milliseconds', now())
    WHERE id IN (
      SELECT id FROM "ReminderMail" WHERE "state" = 'queued' ORDER BY id LIMIT ${size}
      FOR UPDATE SKIP LOCKED)
    RETURNING id, "claimedAt"`;
}

export const sendQueuedReminders = (db: Db, textsFor: TextsFor, options: SenderOptions) =>
  drainQueue(
    (size) => claimBatch(db, size),
    (claim) => remindOne(db, claim, textsFor),
    options,
  );

async function remindOne(db: Db, claim: Claimed, textsFor: TextsFor): Promise<Outcome> {
  const reminder = await db.reminderMail.findUnique({
    where: { id: claim.id },
    include: {
      recipient: {
        include: {
          wave: { include: { organisation: { select: { id: true, name: true } } } },
          invitation: { select: { submitted: true } },
        },
      },
    },
  });
  if (!reminder) return "skipped";
  const person = reminder.recipient;
  const { wave } = person;
  const mine = { id: reminder.id, state: "claimed" as const, claimedAt: claim.claimedAt };
  const fail = async (reason: string) => {
    await db.reminderMail.updateMany({ where: mine, data: { state: "failed", error: reason } });
    return "failed" as const;
  };
  if (!person.invitation || person.invitation.submitted || !person.linkSealed) {
    // Answered since the reminder was queued (which erased their link): nothing to remind them of.
    await db.reminderMail.deleteMany({ where: mine });
    return "skipped";
  }
  if (wave.status !== "open" || (wave.closesAt && wave.closesAt <= new Date()))
    return fail("The wave had closed when this reminder was to go out.");
  const unsubscribed = await db.mailUnsubscribe.findUnique({
    where: { organisationId_email: { organisationId: wave.organisationId, email: person.email } },
  });
  if (unsubscribed) return fail(UNSUBSCRIBED_REASON);

  const taken = await db.reminderMail.updateMany({ where: mine, data: { state: "sending" } });
  if (taken.count === 0) return "skipped"; // the claim expired and another sender holds it now
  const token = unseal<string>(person.linkSealed, mailedLinkKey());
  const message = await composeMail(textsFor, "reminder", wave, person, token);
  const sent = { state: "sent", error: null } as const;
  if (outboxInUse()) {
    await db.$transaction(async (tx) => {
      await deliverBulkMail(tx, message);
      await tx.reminderMail.update({ where: { id: reminder.id }, data: sent });
    });
    return "sent";
  }
  const delivery = await deliverBulkMail(db, message);
  await db.reminderMail.update({
    where: { id: reminder.id },
    data: delivery.ok ? sent : { state: "failed", error: delivery.reason },
  });
  return delivery.ok ? "sent" : "failed";
}
