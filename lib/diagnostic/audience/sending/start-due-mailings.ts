/**
 * Starts the mailings whose time has come (DESIGN §4.4): invitations queue everyone on the list not mailed
 * yet; a reminder queues one mail for each person who was invited, has not answered and has not asked to stop.
 * A mailing is started in one transaction that marks it started and queues its mails, so two senders never
 * start it twice and a crash leaves it either whole or not begun. Links of waves that have closed are erased.
 */
import type { Db } from "@/lib/db/types";

export async function startDueMailings(db: Db, now = new Date()): Promise<number> {
  const due = await db.waveMailing.findMany({
    where: { startedAt: null, sendAt: { lte: now } },
    select: { waveId: true, number: true },
    orderBy: { sendAt: "asc" },
  });
  let started = 0;
  for (const { waveId, number } of due) {
    await db.$transaction(async (tx) => {
      const taken = await tx.waveMailing.updateMany({
        where: { waveId, number, startedAt: null },
        data: { startedAt: now },
      });
      if (taken.count === 0) return; // another sender started it
      const wave = await tx.wave.findUniqueOrThrow({ where: { id: waveId } });
      const open = wave.status === "open" && (!wave.closesAt || wave.closesAt > now);
      let queued = 0;
      if (open && number === 0) {
        ({ count: queued } = await tx.waveRecipient.updateMany({
          where: { waveId, sendState: "listed" },
          data: { sendState: "queued", sendError: null, claimedAt: null },
        }));
      } else if (open) {
        queued = await tx.$executeRaw`
          INSERT INTO "ReminderMail" ("id", "recipientId", "number")
          SELECT gen_random_uuid()::text, person."id", ${number}::int
          FROM "WaveRecipient" person
          JOIN "WaveInvitation" invitation ON invitation."id" = person."invitationId"
          WHERE person."waveId" = ${waveId} AND person."sendState" = 'sent' AND NOT invitation."submitted"
            AND person."linkSealed" IS NOT NULL
            AND NOT EXISTS (SELECT 1 FROM "MailUnsubscribe" stop
                            WHERE stop."organisationId" = ${wave.organisationId} AND stop."email" = person."email")
          ON CONFLICT ("recipientId", "number") DO NOTHING`;
      }
      await tx.waveMailing.update({ where: { waveId_number: { waveId, number } }, data: { queued } });
      started++;
    });
  }
  await eraseSpentLinks(db, now);
  return started;
}

/** A closed wave's links open nothing: the sealed copies kept for reminders go. */
export async function eraseSpentLinks(db: Db, now = new Date()): Promise<void> {
  await db.$executeRaw`
    UPDATE "WaveRecipient" person SET "linkSealed" = NULL FROM "Wave" wave
    WHERE person."waveId" = wave."id" AND person."linkSealed" IS NOT NULL
      AND (wave."status" = 'closed' OR wave."closesAt" <= ${now})`;
}
