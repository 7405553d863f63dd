import { parseJsonBody } from "@/lib/http/parse-input";
import { orgRoute } from "@/lib/access/route-gates";
import { storyInput } from "@/lib/stories/input";
import { turnMomentIntoStory } from "@/lib/workshops/turn-moment-into-story";

/** Turns a remembered moment into the customer story written from it (stage chosen, words edited). */
export const POST = orgRoute<{ org: string; workshop: string; moment: string }>(
  "workshops:run",
  async (request, access, params) =>
    Response.json(
      await turnMomentIntoStory(access, params.workshop, params.moment, await parseJsonBody(request, storyInput)),
      { status: 201 },
    ),
);
