/** Replaces an open wave's shared link. */
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { ConflictError } from "@/lib/errors";
import { assertCan, type OrgAccess } from "@/lib/access/org-access";
import { newSurveyToken } from "../survey-token";
import { waveOf } from "./wave-of";

/** A new shared link for an open wave (the old one stops working at once); returned once. */
export async function renewSharedLink(access: OrgAccess, waveId: string): Promise<{ sharedToken: string }> {
  assertCan(access, "diagnostic:manage");
  const wave = await waveOf(access, waveId);
  if (wave.status !== "open") throw new ConflictError("Only an open wave has a shared link.");
  const { token, tokenHash } = newSurveyToken();
  await access.db.$transaction(async (tx) => {
    const renewed = await tx.wave.updateMany({
      where: { id: wave.id, status: "open" },
      data: { sharedTokenHash: tokenHash },
    });
    if (renewed.count === 0) throw new ConflictError("Only an open wave has a shared link.");
    await recordAuditEvent(tx, access.organisation.id, access.actor, {
      action: "wave.shared_link_renewed",
      subjectType: "wave",
      subjectId: wave.id,
      summary: `Replaced the shared link of “${wave.name}” (the old one no longer works)`,
    });
  });
  return { sharedToken: token };
}
