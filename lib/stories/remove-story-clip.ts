/** Removes a story's clip: the row, then the bytes it pointed at. */
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { NotFoundError } from "@/lib/errors";
import { assertCan, type OrgAccess } from "@/lib/access/org-access";
import type { MediaStore } from "@/lib/media/media-store";

export async function removeStoryClip(access: OrgAccess, storyKey: string, store: MediaStore): Promise<void> {
  assertCan(access, "stories:write");
  const organisationId = access.organisation.id;
  const storageKey = await access.db.$transaction(async (tx) => {
    const story = await tx.story.findFirst({
      where: { organisationId, key: storyKey },
      select: { id: true, customer: true, clip: { select: { id: true, storageKey: true } } },
    });
    if (!story?.clip) throw new NotFoundError("Clip");
    await tx.storyClip.delete({ where: { id: story.clip.id } });
    await recordAuditEvent(tx, organisationId, access.actor, {
      action: "story.clip-removed",
      subjectType: "story",
      subjectId: story.id,
      summary: `Removed the clip of ${story.customer}`,
    });
    return story.clip.storageKey;
  });
  // After the commit: a failed removal leaves bytes nothing points at, which the sweep removes.
  await store.delete(storageKey).catch(() => undefined);
}
