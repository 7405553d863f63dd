/** Edits a customer story. */
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { NotFoundError } from "@/lib/errors";
import { assertCan, type OrgAccess } from "@/lib/access/org-access";
import type { StoryInput } from "./input";
import { storyColumns } from "./resolve-story-place";

export async function updateStory(access: OrgAccess, key: string, input: StoryInput): Promise<void> {
  assertCan(access, "stories:write");
  const organisationId = access.organisation.id;
  await access.db.$transaction(async (tx) => {
    const story = await tx.story.findFirst({ where: { organisationId, key } });
    if (!story) throw new NotFoundError("Story");
    const columns = await storyColumns(tx, organisationId, input);
    await tx.storyRole.deleteMany({ where: { storyId: story.id } });
    await tx.story.update({ where: { id: story.id }, data: columns });
    await recordAuditEvent(tx, organisationId, access.actor, {
      action: "story.edited",
      subjectType: "story",
      subjectId: story.id,
      summary: `Edited the story of ${input.customer}`,
      before: { customer: story.customer, narrative: story.narrative },
      after: { customer: input.customer, narrative: input.narrative },
    });
  });
}
