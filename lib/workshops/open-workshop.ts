/** Opens an empathy workshop (DESIGN §5): its shared link is returned once. */
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { newSurveyToken } from "@/lib/diagnostic/survey-token";
import { ValidationError } from "@/lib/errors";
import { assertCan, type OrgAccess } from "@/lib/access/org-access";

export async function openWorkshop(access: OrgAccess, name: string): Promise<{ id: string; token: string }> {
  assertCan(access, "workshops:run");
  const trimmed = name.trim();
  if (trimmed.length < 2 || trimmed.length > 120)
    throw new ValidationError("name", "Give the workshop a name (2 to 120 characters).");
  const { token, tokenHash } = newSurveyToken();
  return access.db.$transaction(async (tx) => {
    const workshop = await tx.workshop.create({
      data: { organisationId: access.organisation.id, name: trimmed, tokenHash },
    });
    await recordAuditEvent(tx, access.organisation.id, access.actor, {
      action: "workshop.opened",
      subjectType: "workshop",
      subjectId: workshop.id,
      summary: `Opened the empathy workshop “${trimmed}”`,
    });
    return { id: workshop.id, token };
  });
}
