/** Publishes a snapshot of an open wave's results. */
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { ConflictError } from "@/lib/errors";
import { assertCan, type OrgAccess } from "@/lib/access/org-access";
import { publishResults } from "../results/publish-results";
import { waveOf } from "./wave-of";

/** Publishes a snapshot of an open wave's results (for waves whose results are released in snapshots). */
export async function publishSnapshot(access: OrgAccess, waveId: string): Promise<{ seq: number }> {
  assertCan(access, "diagnostic:manage");
  const wave = await waveOf(access, waveId);
  if (wave.status !== "open")
    throw new ConflictError("Snapshots are taken while a wave is open; a closed wave has its final results.");
  if (wave.resultsRelease !== "snapshots")
    throw new ConflictError("This wave shows its results when it closes, not in snapshots.");
  const publication = await publishResults(access.db, wave.id, false);
  await recordAuditEvent(access.db, access.organisation.id, access.actor, {
    action: "wave.snapshot_published",
    subjectType: "wave",
    subjectId: wave.id,
    summary: `Published snapshot ${publication.seq} of the results of “${wave.name}”`,
  });
  return { seq: publication.seq };
}
