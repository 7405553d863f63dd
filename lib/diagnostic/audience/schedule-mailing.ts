/**
 * Sets a wave's invitations or a reminder to go now or at a time, and cancels one not begun. The server's
 * sender starts a mailing when its time comes (sending/start-due-mailings.ts).
 */
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import { assertCan, type OrgAccess } from "@/lib/access/org-access";
import { waveOf } from "@/lib/diagnostic/waves/wave-of";
import { planMailing } from "./rules/mailing-plan";

const nameOf = (number: number) => (number === 0 ? "the invitations" : `reminder ${number}`);

export async function scheduleMailing(
  access: OrgAccess,
  waveId: string,
  request: { kind: "invitation" | "reminder"; at?: string },
): Promise<{ number: number; sendAt: string }> {
  assertCan(access, "diagnostic:manage");
  const wave = await waveOf(access, waveId);
  if (wave.status === "closed") throw new ConflictError("The wave is closed: no more mail goes out for it.");
  const now = new Date();
  return access.db.$transaction(async (tx) => {
    // One plan at a time per wave: two people scheduling at once must not both take reminder 3.
    await tx.$executeRaw`SELECT 1 FROM "Wave" WHERE "id" = ${wave.id} FOR UPDATE`;
    const [existing, invited, listed] = await Promise.all([
      tx.waveMailing.findMany({ where: { waveId: wave.id } }),
      tx.waveRecipient.count({ where: { waveId: wave.id, sendState: "sent" } }),
      tx.waveRecipient.count({ where: { waveId: wave.id, sendState: "listed" } }),
    ]);
    if (request.kind === "invitation" && listed === 0)
      throw new ConflictError("Everyone on the list has been sent an invitation already.");
    const plan = planMailing(
      { kind: request.kind, at: request.at ? new Date(request.at) : now },
      {
        now,
        closesAt: wave.closesAt,
        existing: existing.map((m) => ({ number: m.number, sendAt: m.sendAt, started: m.startedAt !== null })),
        invited,
      },
    );
    if (!plan.ok) {
      if (plan.field === "at") throw new ValidationError("at", `${plan.problem} (${request.at ?? "now"})`);
      throw new ConflictError(plan.problem, plan.field);
    }
    await tx.waveMailing.upsert({
      where: { waveId_number: { waveId: wave.id, number: plan.number } },
      create: { waveId: wave.id, number: plan.number, sendAt: plan.at },
      update: { sendAt: plan.at, startedAt: null, queued: null },
    });
    const soon = plan.at.getTime() <= now.getTime();
    await recordAuditEvent(tx, access.organisation.id, access.actor, {
      action: soon ? "wave.mailing_sent" : "wave.mailing_scheduled",
      subjectType: "wave",
      subjectId: wave.id,
      summary: soon
        ? `Sent ${nameOf(plan.number)} for “${wave.name}”`
        : `Set ${nameOf(plan.number)} for “${wave.name}” to go at ${plan.at.toISOString()}`,
      after: { number: plan.number, sendAt: plan.at.toISOString() },
    });
    return { number: plan.number, sendAt: plan.at.toISOString() };
  });
}

export async function cancelMailing(access: OrgAccess, waveId: string, number: number): Promise<void> {
  assertCan(access, "diagnostic:manage");
  const wave = await waveOf(access, waveId);
  await access.db.$transaction(async (tx) => {
    const mailing = await tx.waveMailing.findUnique({ where: { waveId_number: { waveId: wave.id, number } } });
    if (!mailing) throw new NotFoundError("Mailing");
    const { count } = await tx.waveMailing.deleteMany({ where: { waveId: wave.id, number, startedAt: null } });
    if (count === 0)
      throw new ConflictError(`${nameOf(number).replace(/^./, (c) => c.toUpperCase())} has already gone out.`);
    await recordAuditEvent(tx, access.organisation.id, access.actor, {
      action: "wave.mailing_cancelled",
      subjectType: "wave",
      subjectId: wave.id,
      summary: `Cancelled ${nameOf(number)} for “${wave.name}”`,
      before: { number, sendAt: mailing.sendAt.toISOString() },
    });
  });
}
