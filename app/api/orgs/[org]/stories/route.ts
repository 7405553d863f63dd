import { parseJsonBody } from "@/lib/http/parse-input";
import { orgRoute } from "@/lib/access/route-gates";
import { createStory } from "@/lib/stories/create-story";
import { listStories } from "@/lib/stories/list-stories";
import { storyInput } from "@/lib/stories/input";

export const GET = orgRoute("organisation:read", async (_request, access) => listStories(access));

export const POST = orgRoute("stories:write", async (request, access) =>
  Response.json(await createStory(access, await parseJsonBody(request, storyInput)), { status: 201 }),
);
