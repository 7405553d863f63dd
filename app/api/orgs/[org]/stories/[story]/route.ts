import { parseJsonBody } from "@/lib/http/parse-input";
import { orgRoute } from "@/lib/access/route-gates";
import { deleteStory, updateStory } from "@/lib/stories/manage-stories";
import { storyInput } from "@/lib/stories/story-input";

type Params = { org: string; story: string };

export const PUT = orgRoute<Params>("stories:write", async (request, access, params) => updateStory(access, params.story, await parseJsonBody(request, storyInput)));

export const DELETE = orgRoute<Params>("stories:write", async (_request, access, params) => deleteStory(access, params.story));
