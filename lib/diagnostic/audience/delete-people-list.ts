/**
 * After a wave closes, its people list (the email addresses) can be deleted. The invitations stay, so
 * participation and results do not change; only who was asked is forgotten.
 */
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { ConflictError } from "@/lib/errors";
import { assertCan, type OrgAccess } from "@/lib/access/org-access";
import { count } from "@/lib/text/plural";
import { waveOf } from "@/lib/diagnostic/waves/wave-of";

export async function deletePeopleList(access: OrgAccess, waveId: string): Promise<{ deleted: number }> {
  assertCan(access, "diagnostic:manage");
  const wave = await waveOf(access, waveId);
  if (wave.status !== "closed")
    throw new ConflictError("The people list can be deleted once the wave is closed: reminders still need it.");
  return access.db.$transaction(async (tx) => {
    const { count: deleted } = await tx.waveRecipient.deleteMany({ where: { waveId: wave.id } });
    await recordAuditEvent(tx, access.organisation.id, access.actor, {
      action: "wave.people_deleted",
      subjectType: "wave",
      subjectId: wave.id,
      summary: `Deleted the people list of “${wave.name}” (${count(deleted, "address", "addresses")})`,
      after: { deleted },
    });
    return { deleted };
  });
}
