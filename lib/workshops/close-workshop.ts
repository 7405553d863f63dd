/** Closes an empathy workshop: its link stops taking moments. */
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { ConflictError } from "@/lib/errors";
import { assertCan, type OrgAccess } from "@/lib/access/org-access";
import { workshopOf } from "./workshop-of";

export async function closeWorkshop(access: OrgAccess, workshopId: string): Promise<void> {
  assertCan(access, "workshops:run");
  const workshop = await workshopOf(access, workshopId);
  await access.db.$transaction(async (tx) => {
    // Closed only if still open, in the same statement: of two simultaneous closes one gets 409.
    const closed = await tx.workshop.updateMany({
      where: { id: workshop.id, status: "open" },
      data: { status: "closed" },
    });
    if (closed.count !== 1) throw new ConflictError("The workshop is already closed.");
    await recordAuditEvent(tx, access.organisation.id, access.actor, {
      action: "workshop.closed",
      subjectType: "workshop",
      subjectId: workshop.id,
      summary: `Closed the empathy workshop “${workshop.name}”`,
    });
  });
}
