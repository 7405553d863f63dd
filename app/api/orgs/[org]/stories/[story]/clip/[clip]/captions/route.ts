import { orgRoute } from "@/lib/access/route-gates";
import { captionsResponse } from "@/lib/media/clip-response";
import { readStoryClip } from "@/lib/stories/read-story-clip";

type Params = { org: string; story: string; clip: string };

/** The clip's WebVTT captions, for the player's <track>. */
export const GET = orgRoute<Params>("organisation:read", async (_request, access, params) =>
  captionsResponse((await readStoryClip(access, params.story, params.clip)).captions),
);
