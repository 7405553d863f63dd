/** Adds a customer story. */
import { type DbTx, inTransaction } from "@/lib/db/types";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { uniqueKey } from "@/lib/model/rules/unique-key";
import { assertCan, type OrgAccess } from "@/lib/access/org-access";
import type { StoryInput } from "./input";
import { storyColumns } from "./resolve-story-place";

/** In a transaction of its own, or in the caller's `tx` when one is given (a workshop moment becoming a story). */
export async function createStory(access: OrgAccess, input: StoryInput, tx?: DbTx): Promise<{ key: string }> {
  assertCan(access, "stories:write");
  const organisationId = access.organisation.id;
  return inTransaction(tx ?? access.db, async (tx) => {
    const columns = await storyColumns(tx, organisationId, input);
    const key = uniqueKey(
      input.customer,
      (await tx.story.findMany({ where: { organisationId }, select: { key: true } })).map((s) => s.key),
    );
    const story = await tx.story.create({ data: { organisationId, key, ...columns } });
    await recordAuditEvent(tx, organisationId, access.actor, {
      action: "story.created",
      subjectType: "story",
      subjectId: story.id,
      summary: `Added the story of ${input.customer}`,
      after: { ...input, photo: input.photo ? "(photo)" : null },
    });
    return { key };
  });
}
