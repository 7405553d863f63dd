/**
 * Attaches a clip of the customer's own voice to a story, or replaces it, or changes only its captions or
 * transcript. The clip's type is decided by its content; captions or a transcript are required, so the room
 * can follow it with the sound off. The bytes are stored before the row that points at them; a failed write
 * removes them again, and a replaced clip's bytes go once the new row is in.
 */
import { fileTypeFromBuffer } from "file-type";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { assertCan, type OrgAccess } from "@/lib/access/org-access";
import { newMediaKey, type MediaStore } from "@/lib/media/media-store";
import { captionsProblem, presentText, transcriptProblem } from "@/lib/media/rules/captions";
import { clipTypeOf } from "@/lib/media/rules/clip-type";
import { wavDurationSeconds } from "@/lib/media/rules/wav-duration";
import type { ClipUpload } from "./clip-input";
import { clipView, type ClipView } from "./clip-view";

export async function attachStoryClip(
  access: OrgAccess,
  storyKey: string,
  upload: ClipUpload,
  store: MediaStore,
): Promise<ClipView> {
  assertCan(access, "stories:write");
  const organisationId = access.organisation.id;
  const story = await access.db.story.findFirst({
    where: { organisationId, key: storyKey },
    select: {
      id: true,
      customer: true,
      clip: { select: { id: true, storageKey: true, captions: true, transcript: true } },
    },
  });
  if (!story) throw new NotFoundError("Story");

  // A text not sent keeps what the clip has; one sent blank clears it.
  const captions = upload.captions === null ? (story.clip?.captions ?? null) : presentText(upload.captions);
  const transcript = upload.transcript === null ? (story.clip?.transcript ?? null) : presentText(upload.transcript);
  const captionsIssue = upload.captions === null || captions === null ? null : captionsProblem(captions);
  if (captionsIssue) throw new ValidationError("captions", captionsIssue);
  const transcriptIssue = upload.transcript === null || transcript === null ? null : transcriptProblem(transcript);
  if (transcriptIssue) throw new ValidationError("transcript", transcriptIssue);
  if (captions === null && transcript === null)
    throw new ValidationError(
      "captions",
      "Add captions (a WebVTT file) or a transcript: the room often watches with the sound off.",
    );

  if (!upload.bytes) {
    if (!story.clip) throw new ValidationError("clip", "Choose an audio or video clip.");
    const updated = await access.db.$transaction(async (tx) => {
      const row = await tx.storyClip.update({ where: { id: story.clip!.id }, data: { captions, transcript } });
      await recordAuditEvent(tx, organisationId, access.actor, {
        action: "story.clip-texts-edited",
        subjectType: "story",
        subjectId: story.id,
        summary: `Edited the captions or transcript of ${story.customer}'s clip`,
      });
      return row;
    });
    return clipView(access.organisation.slug, storyKey, updated);
  }

  const bytes = upload.bytes;
  const type = clipTypeOf(await fileTypeFromBuffer(bytes), bytes);
  if (!type.ok) throw new ValidationError("clip", type.message);
  const durationSeconds = type.mediaType === "audio/wav" ? wavDurationSeconds(bytes) : null;

  const storageKey = newMediaKey();
  await store.put(storageKey, bytes, type.mediaType);
  let created;
  try {
    created = await access.db.$transaction(async (tx) => {
      if (story.clip) await tx.storyClip.delete({ where: { id: story.clip.id } });
      const row = await tx.storyClip.create({
        data: {
          organisationId,
          storyId: story.id,
          storageKey,
          mediaType: type.mediaType,
          byteSize: bytes.byteLength,
          durationSeconds,
          captions,
          transcript,
        },
      });
      await recordAuditEvent(tx, organisationId, access.actor, {
        action: story.clip ? "story.clip-replaced" : "story.clip-attached",
        subjectType: "story",
        subjectId: story.id,
        summary: `${story.clip ? "Replaced" : "Attached"} a clip of ${story.customer} (${type.kind})`,
        after: { mediaType: type.mediaType, byteSize: bytes.byteLength },
      });
      return row;
    });
  } catch (error) {
    await store.delete(storageKey).catch(() => undefined);
    throw error;
  }
  if (story.clip) await store.delete(story.clip.storageKey).catch(() => undefined);
  return clipView(access.organisation.slug, storyKey, created);
}
