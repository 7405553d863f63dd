/**
 * A story's clip (or its captions) for the player, found by the story's key and the clip's id inside the
 * caller's organisation only: anything else — another organisation's clip, an old clip's id, a malformed
 * id — is "not found".
 */
import { NotFoundError } from "@/lib/errors";
import { assertCan, type OrgAccess } from "@/lib/access/org-access";
import { CLIP_MEDIA_TYPES } from "@/lib/media/rules/clip-type";

export type StoredClip = {
  storageKey: string;
  mediaType: string;
  byteSize: number;
  captions: string | null;
};

const ID = /^[a-z0-9]{1,64}$/;

export async function readStoryClip(access: OrgAccess, storyKey: string, clipId: string): Promise<StoredClip> {
  assertCan(access, "organisation:read");
  if (!ID.test(clipId)) throw new NotFoundError("Clip");
  const clip = await access.db.storyClip.findFirst({
    where: {
      id: clipId,
      organisationId: access.organisation.id,
      story: { key: storyKey, organisationId: access.organisation.id },
    },
    select: { storageKey: true, mediaType: true, byteSize: true, captions: true },
  });
  // A stored type outside the list would be served as it says: refuse it rather than trust the row.
  if (!clip || !CLIP_MEDIA_TYPES.has(clip.mediaType)) throw new NotFoundError("Clip");
  return clip;
}
