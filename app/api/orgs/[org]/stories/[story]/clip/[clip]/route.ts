import { orgRoute } from "@/lib/access/route-gates";
import { clipResponse } from "@/lib/media/clip-response";
import { mediaStore } from "@/lib/media/store-from-env";
import { readStoryClip } from "@/lib/stories/read-story-clip";

type Params = { org: string; story: string; clip: string };

/** The clip's bytes, whole or one byte range, for members of the organisation. */
export const GET = orgRoute<Params>("organisation:read", async (request, access, params) =>
  clipResponse(request, await readStoryClip(access, params.story, params.clip), mediaStore()),
);
