/**
 * Sends the invitations that are queued, each person once, surviving a crash (DESIGN §4.4).
 *
 * A person's mail goes through these states, each step committed before the next begins:
 *   queued → claimed (a sender took a batch, FOR UPDATE SKIP LOCKED, so two senders never take the same
 *   person) → sending (the single-use link is made and its hash stored; the plain link exists only in
 *   this process and in the mail) → sent, or failed with the server's reason.
 * A sender that dies leaves `claimed` people (never tried: queued again) and at most one `sending` person
 * per worker: the mail may or may not have reached the server, so it is marked `uncertain` and never
 * resent by itself — the consultant sees it and may retry (a retry makes a new link, so the earlier mail's
 * link, if it arrived, stops working and the person still has one link).
 */
import type { Db } from "@/lib/db/types";
import { deliverBulkMail } from "@/lib/mail/deliver-bulk-mail";
import { outboxInUse } from "@/lib/mail/mail-settings";
import { mailedLinkKey, seal } from "@/lib/diagnostic/ballot-box/seal";
import { newSurveyToken } from "@/lib/diagnostic/survey-token";
import { composeMail, textsCache, type TextsFor } from "./compose-mail";
import { drainQueue, type Claimed, type Outcome, type SendCounts } from "./drain-queue";
import { sendQueuedReminders } from "./send-queued-reminders";

export type { SendCounts };

export type SenderOptions = {
  /** People a sender takes at a time. */
  batch?: number;
  /** Workers sending at once (each its own database connection; 1 on PGlite, which has one). */
  concurrency?: number;
  /** A claim older than this belongs to a sender that died. */
  leaseMs?: number;
};

export const DEFAULT_LEASE_MS = 5 * 60_000;
export const UNCERTAIN_REASON =
  "The sending stopped while this mail was being handed to the mail server: it may or may not have arrived.";
export const UNSUBSCRIBED_REASON = "This person asked not to receive these emails.";

/** Gives back what dead senders held: untried mails are queued again, handed-over ones become uncertain. */
export async function recoverAbandoned(db: Db, leaseMs = DEFAULT_LEASE_MS): Promise<void> {
  const before = new Date(Date.now() - leaseMs);
  await db.waveRecipient.updateMany({
    where: { sendState: "claimed", claimedAt: { lte: before } },
    data: { sendState: "queued", claimedAt: null },
  });
  await db.waveRecipient.updateMany({
    where: { sendState: "sending", claimedAt: { lte: before } },
    data: { sendState: "uncertain", sendError: UNCERTAIN_REASON },
  });
  await db.reminderMail.updateMany({
    where: { state: "claimed", claimedAt: { lte: before } },
    data: { state: "queued", claimedAt: null },
  });
  await db.reminderMail.updateMany({
    where: { state: "sending", claimedAt: { lte: before } },
    data: { state: "uncertain", error: UNCERTAIN_REASON },
  });
}

async function claimBatch(db: Db, size: number): Promise<Claimed[]> {
  return db.$queryRaw<Claimed[]>`
    UPDATE "WaveRecipient" SET "sendState" = 'claimed', "claimedAt" = date_trunc('milliseconds', now())
    WHERE id IN (
      SELECT id FROM "WaveRecipient" WHERE "sendState" = 'queued' ORDER BY "waveId", id LIMIT ${size}
      FOR UPDATE SKIP LOCKED)
    RETURNING id, "claimedAt"`;
}

/** Sends the queued invitations, then the queued reminders. */
export async function sendQueuedMail(db: Db, options: SenderOptions = {}): Promise<SendCounts> {
  const textsFor = textsCache(db);
  const invitations = await sendQueuedInvitations(db, textsFor, options);
  const reminders = await sendQueuedReminders(db, textsFor, options);
  return { sent: invitations.sent + reminders.sent, failed: invitations.failed + reminders.failed };
}

const sendQueuedInvitations = (db: Db, textsFor: TextsFor, options: SenderOptions) =>
  drainQueue(
    (size) => claimBatch(db, size),
    (claim) => sendOne(db, claim, textsFor),
    options,
  );

async function sendOne(db: Db, claim: Claimed, textsFor: TextsFor): Promise<Outcome> {
  const person = await db.waveRecipient.findUnique({
    where: { id: claim.id },
    include: {
      wave: { include: { organisation: { select: { id: true, name: true } } } },
      invitation: { select: { id: true, submitted: true } },
    },
  });
  if (!person) return "skipped";
  const { wave } = person;
  const fail = async (reason: string) => {
    await db.waveRecipient.updateMany({
      where: { id: person.id, sendState: "claimed", claimedAt: claim.claimedAt },
      data: { sendState: "failed", sendError: reason },
    });
    return "failed" as const;
  };
  if (wave.status !== "open") return fail("The wave was not open when this mail was to go out.");
  if (person.invitation?.submitted) {
    await db.waveRecipient.updateMany({
      where: { id: person.id, sendState: "claimed", claimedAt: claim.claimedAt },
      data: { sendState: "sent", sendError: null },
    });
    return "skipped";
  }
  const unsubscribed = await db.mailUnsubscribe.findUnique({
    where: { organisationId_email: { organisationId: wave.organisationId, email: person.email } },
  });
  if (unsubscribed) return fail(UNSUBSCRIBED_REASON);

  const link = newSurveyToken();
  const handedOver = await db.$transaction(async (tx) => {
    const taken = await tx.waveRecipient.updateMany({
      where: { id: person.id, sendState: "claimed", claimedAt: claim.claimedAt },
      data: { sendState: "sending" },
    });
    if (taken.count === 0) return false; // the claim expired and someone else holds this person now
    // Kept sealed with the app's key for the reminders, which carry the same link (erased once they answer).
    await tx.waveRecipient.update({
      where: { id: person.id },
      data: { linkSealed: seal(link.token, mailedLinkKey()) },
    });
    const segment = { department: person.department, role: person.role, level: person.level };
    if (person.invitation) {
      // A new link for a retried mail: the earlier one, if it arrived, stops working. A half-finished
      // answer from it was sealed with that link and cannot be read with the new one.
      await tx.surveySession.deleteMany({ where: { invitationId: person.invitation.id } });
      await tx.waveInvitation.update({ where: { id: person.invitation.id }, data: { tokenHash: link.tokenHash } });
    } else {
      const invitation = await tx.waveInvitation.create({
        data: { waveId: wave.id, tokenHash: link.tokenHash, ...segment },
      });
      await tx.waveRecipient.update({ where: { id: person.id }, data: { invitationId: invitation.id } });
    }
    return true;
  });
  if (!handedOver) return "skipped";

  const message = await composeMail(textsFor, "invitation", wave, person, link.token);
  const sent = { sendState: "sent", sendError: null } as const;
  if (outboxInUse()) {
    // Kept in the database: the mail and its "sent" commit together, exactly once.
    await db.$transaction(async (tx) => {
      await deliverBulkMail(tx, message);
      await tx.waveRecipient.update({ where: { id: person.id }, data: sent });
    });
    return "sent";
  }
  const delivery = await deliverBulkMail(db, message);
  await db.waveRecipient.update({
    where: { id: person.id },
    data: delivery.ok ? sent : { sendState: "failed", sendError: delivery.reason },
  });
  return delivery.ok ? "sent" : "failed";
}
