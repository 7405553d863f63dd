import { orgRoute } from "@/lib/access/route-gates";
import { turnMomentIntoStory } from "@/lib/workshops/turn-moment-into-story";

/** Turns a remembered moment into a customer story. */
export const POST = orgRoute<{ org: string; workshop: string; moment: string }>(
  "workshops:run",
  async (_request, access, params) =>
    Response.json(await turnMomentIntoStory(access, params.workshop, params.moment), { status: 201 }),
);
