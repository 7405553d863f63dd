import { orgRoute } from "@/lib/access/route-gates";
import { mediaMaxBytes, mediaStore } from "@/lib/media/store-from-env";
import { attachStoryClip } from "@/lib/stories/attach-story-clip";
import { readClipUpload } from "@/lib/stories/clip-input";
import { removeStoryClip } from "@/lib/stories/remove-story-clip";
import { unusedClips } from "@/lib/stories/sweep-unused-clips";

type Params = { org: string; story: string };

/** Attach or replace the story's clip, or change its captions or transcript (multipart form). */
export const PUT = orgRoute<Params>("stories:write", async (request, access, params) => {
  const clip = await attachStoryClip(
    access,
    params.story,
    await readClipUpload(request, mediaMaxBytes()),
    mediaStore(),
  );
  unusedClips.sweepNowAndThen(access.db, mediaStore());
  return clip;
});

export const DELETE = orgRoute<Params>("stories:write", async (_request, access, params) => {
  await removeStoryClip(access, params.story, mediaStore());
  unusedClips.sweepNowAndThen(access.db, mediaStore());
});
