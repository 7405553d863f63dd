import { parseJsonBody } from "@/lib/http/parse-input";
import { orgRoute } from "@/lib/access/route-gates";
import { deleteStory } from "@/lib/stories/delete-story";
import { updateStory } from "@/lib/stories/update-story";
import { storyInput } from "@/lib/stories/input";

type Params = { org: string; story: string };

export const PUT = orgRoute<Params>("stories:write", async (request, access, params) =>
  updateStory(access, params.story, await parseJsonBody(request, storyInput)),
);

export const DELETE = orgRoute<Params>("stories:write", async (_request, access, params) =>
  deleteStory(access, params.story),
);
