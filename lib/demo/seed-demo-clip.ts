/**
 * One demo story in the customer's own voice, so the room shows a clip out of the box: a two-second tone
 * written by code (no binary in the repository) with captions and a transcript.
 */
import type { OrgAccess } from "@/lib/access/org-access";
import type { MediaStore } from "@/lib/media/media-store";
import { toneWav } from "@/lib/media/rules/tone-wav";
import { attachStoryClip } from "@/lib/stories/attach-story-clip";

export const DEMO_CLIP_STORY = "mr-lindgren";

const CAPTIONS = `WEBVTT

00:00.000 --> 00:01.000
Sam from claims rang me the next morning.

00:01.000 --> 00:02.000
He called me by my name.
`;

const TRANSCRIPT =
  "Sam from claims rang me the next morning, called me by my name and told me the assessor would be there " +
  "Tuesday between nine and eleven. He was.";

export async function seedDemoClip(access: OrgAccess, store: MediaStore): Promise<void> {
  await attachStoryClip(
    access,
    DEMO_CLIP_STORY,
    { bytes: toneWav(2, { frequency: 392 }), captions: CAPTIONS, transcript: TRANSCRIPT },
    store,
  );
}
