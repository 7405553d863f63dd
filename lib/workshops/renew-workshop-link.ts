/**
 * A new link for an open workshop. Only the link's hash is kept, so a link cannot be shown again: whoever
 * runs the workshop makes a new one (after a reload, on another screen) and the old one stops working.
 */
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { newSurveyToken } from "@/lib/diagnostic/survey-token";
import { ConflictError } from "@/lib/errors";
import { assertCan, type OrgAccess } from "@/lib/access/org-access";
import { workshopOf } from "./workshop-of";

export async function renewWorkshopLink(access: OrgAccess, workshopId: string): Promise<{ token: string }> {
  assertCan(access, "workshops:run");
  const workshop = await workshopOf(access, workshopId);
  const { token, tokenHash } = newSurveyToken();
  await access.db.$transaction(async (tx) => {
    // Renewed only while open, in the same statement: a workshop closed meanwhile gets 409, not a live link.
    const renewed = await tx.workshop.updateMany({ where: { id: workshop.id, status: "open" }, data: { tokenHash } });
    if (renewed.count !== 1) throw new ConflictError("The workshop is closed: a closed workshop has no link.");
    await recordAuditEvent(tx, access.organisation.id, access.actor, {
      action: "workshop.link_renewed",
      subjectType: "workshop",
      subjectId: workshop.id,
      summary: `Made a new link for the empathy workshop “${workshop.name}”; the previous one stopped working`,
    });
  });
  return { token };
}
