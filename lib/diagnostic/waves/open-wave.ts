/** Opens a draft wave for answers. */
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { ConflictError } from "@/lib/errors";
import { assertCan, type OrgAccess } from "@/lib/access/org-access";
import { newSurveyToken } from "../survey-token";
import { waveOf } from "./wave-of";

/** Opens a wave (freezing its instrument, k and thresholds); returns the shared link's token. */
export async function openWave(access: OrgAccess, waveId: string): Promise<{ sharedToken: string }> {
  assertCan(access, "diagnostic:manage");
  const wave = await waveOf(access, waveId);
  if (wave.status !== "draft") throw new ConflictError(`The wave is already ${wave.status}.`);
  const { token, tokenHash } = newSurveyToken();
  await access.db.$transaction(async (tx) => {
    // A future open date is kept (links work from then); otherwise the wave opens now.
    const opensAt = wave.opensAt && wave.opensAt > new Date() ? wave.opensAt : new Date();
    // Conditional on the status, so of two simultaneous requests one opens it and one gets 409.
    const opened = await tx.wave.updateMany({
      where: { id: wave.id, status: "draft" },
      data: { status: "open", opensAt, sharedTokenHash: tokenHash },
    });
    if (opened.count === 0) throw new ConflictError("The wave was opened by someone else just now.");
    await recordAuditEvent(tx, access.organisation.id, access.actor, {
      action: "wave.opened",
      subjectType: "wave",
      subjectId: wave.id,
      summary: `Opened the wave “${wave.name}”`,
      before: { status: "draft" },
      after: { status: "open" },
    });
  });
  return { sharedToken: token };
}
