/** Removes a customer story. */
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { NotFoundError } from "@/lib/errors";
import { assertCan, type OrgAccess } from "@/lib/access/org-access";
import type { MediaStore } from "@/lib/media/media-store";
import { mediaStore } from "@/lib/media/store-from-env";

/** The story's clip goes with it: its row by the database's cascade, its bytes from the store after the commit. */
export async function deleteStory(access: OrgAccess, key: string, store: MediaStore = mediaStore()): Promise<void> {
  assertCan(access, "stories:write");
  const organisationId = access.organisation.id;
  const clipKey = await access.db.$transaction(async (tx) => {
    const story = await tx.story.findFirst({ where: { organisationId, key }, include: { clip: true } });
    if (!story) throw new NotFoundError("Story");
    await tx.story.delete({ where: { id: story.id } });
    await recordAuditEvent(tx, organisationId, access.actor, {
      action: "story.deleted",
      subjectType: "story",
      subjectId: story.id,
      summary: `Removed the story of ${story.customer}`,
      before: { customer: story.customer, narrative: story.narrative },
    });
    return story.clip?.storageKey ?? null;
  });
  if (clipKey) await store.delete(clipKey).catch(() => undefined);
}
