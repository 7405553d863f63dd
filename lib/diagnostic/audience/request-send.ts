/**
 * "Send invitations": queues the people on the list not mailed yet (or, on retry, those whose invitation or
 * reminder failed or may not have arrived) for the in-process sender. Queuing is the whole request; the sending outlives it.
 */
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { ConflictError } from "@/lib/errors";
import { assertCan, type OrgAccess } from "@/lib/access/org-access";
import { count } from "@/lib/text/plural";
import { waveOf } from "@/lib/diagnostic/waves/wave-of";

export async function requestSend(
  access: OrgAccess,
  waveId: string,
  send: "new" | "retry",
): Promise<{ queued: number }> {
  assertCan(access, "diagnostic:manage");
  const wave = await waveOf(access, waveId);
  if (wave.status !== "open")
    throw new ConflictError(
      wave.status === "draft"
        ? "Open the wave before sending invitations: its links work only while it is open."
        : "The wave is closed: no more invitations go out for it.",
    );
  return access.db.$transaction(async (tx) => {
    const { count: invitations } = await tx.waveRecipient.updateMany({
      where: { waveId: wave.id, sendState: send === "new" ? "listed" : { in: ["failed", "uncertain"] } },
      data: { sendState: "queued", sendError: null, claimedAt: null },
    });
    // A retry sends failed reminders again too (with the same link; whoever has answered since is skipped).
    const { count: reminders } =
      send === "retry"
        ? await tx.reminderMail.updateMany({
            where: { recipient: { waveId: wave.id }, state: { in: ["failed", "uncertain"] } },
            data: { state: "queued", error: null, claimedAt: null },
          })
        : { count: 0 };
    const queued = invitations + reminders;
    if (queued === 0)
      throw new ConflictError(
        send === "new" ? "Everyone on the list has been sent an invitation already." : "No mail to send again.",
      );
    await recordAuditEvent(tx, access.organisation.id, access.actor, {
      action: send === "new" ? "wave.invitations_sent" : "wave.invitations_retried",
      subjectType: "wave",
      subjectId: wave.id,
      summary:
        send === "new"
          ? `Sent ${count(queued, "invitation")} by email for “${wave.name}”`
          : `Sent ${count(queued, "mail")} again for “${wave.name}”`,
      after: { queued },
    });
    return { queued };
  });
}
