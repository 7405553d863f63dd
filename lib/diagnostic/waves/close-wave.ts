/** Closes an open wave and publishes its final results. */
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { ConflictError } from "@/lib/errors";
import { assertCan, type OrgAccess } from "@/lib/access/org-access";
import { publishResults } from "../results/publish-results";
import { waveOf } from "./wave-of";

/**
 * Closes a wave and publishes its final results. Submissions share-lock the wave row, so the status
 * change waits for those under way, and none lands after it; the final publication then holds everyone.
 */
export async function closeWave(access: OrgAccess, waveId: string): Promise<void> {
  assertCan(access, "diagnostic:manage");
  const wave = await waveOf(access, waveId);
  if (wave.status !== "open") throw new ConflictError("Only an open wave can be closed.");
  await access.db.$transaction(async (tx) => {
    const closed = await tx.wave.updateMany({
      where: { id: wave.id, status: "open" },
      data: { status: "closed", closesAt: new Date() },
    });
    if (closed.count === 0) throw new ConflictError("The wave was closed by someone else just now.");
    await tx.surveySession.deleteMany({ where: { waveId: wave.id } });
    // Its links open nothing now: the sealed copies kept for reminders go, and so do mailings not yet begun.
    await tx.waveRecipient.updateMany({ where: { waveId: wave.id }, data: { linkSealed: null } });
    await tx.waveMailing.deleteMany({ where: { waveId: wave.id, startedAt: null } });
    await recordAuditEvent(tx, access.organisation.id, access.actor, {
      action: "wave.closed",
      subjectType: "wave",
      subjectId: wave.id,
      summary: `Closed the wave “${wave.name}”`,
      before: { status: "open" },
      after: { status: "closed" },
    });
  });
  // Should this fail, the first read of the results publishes them instead.
  await publishResults(access.db, wave.id, true);
}
