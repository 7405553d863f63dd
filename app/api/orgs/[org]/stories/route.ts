import { parseJsonBody } from "@/lib/http/parse-input";
import { orgRoute } from "@/lib/access/route-gates";
import { createStory } from "@/lib/stories/create-story";
import { listStories } from "@/lib/stories/list-stories";
import { listStoryClips } from "@/lib/stories/list-story-clips";
import { storyInput } from "@/lib/stories/input";

/** The stories; with `?only=clips`, just each story's clip (what the room and dashboard players need). */
export const GET = orgRoute("organisation:read", async (request, access) =>
  new URL(request.url).searchParams.get("only") === "clips" ? listStoryClips(access) : listStories(access),
);

export const POST = orgRoute("stories:write", async (request, access) =>
  Response.json(await createStory(access, await parseJsonBody(request, storyInput)), { status: 201 }),
);
