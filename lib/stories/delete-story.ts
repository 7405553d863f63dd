/** Removes a customer story. */
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { NotFoundError } from "@/lib/errors";
import { assertCan, type OrgAccess } from "@/lib/access/org-access";

export async function deleteStory(access: OrgAccess, key: string): Promise<void> {
  assertCan(access, "stories:write");
  const organisationId = access.organisation.id;
  await access.db.$transaction(async (tx) => {
    const story = await tx.story.findFirst({ where: { organisationId, key } });
    if (!story) throw new NotFoundError("Story");
    await tx.story.delete({ where: { id: story.id } });
    await recordAuditEvent(tx, organisationId, access.actor, {
      action: "story.deleted",
      subjectType: "story",
      subjectId: story.id,
      summary: `Removed the story of ${story.customer}`,
      before: { customer: story.customer, narrative: story.narrative },
    });
  });
}
