import { transitionBehaviourInput } from "@/lib/behaviours/input";
import { transitionBehaviour } from "@/lib/behaviours/transition-behaviour";
import { parseJsonBody } from "@/lib/http/parse-input";
import { orgRoute } from "@/lib/access/route-gates";

type Params = { org: string; behaviour: string };

/** Propose, approve, send back (with a comment), retire or revive a behaviour. */
export const POST = orgRoute<Params>("behaviours:transition", async (request, access, params) =>
  transitionBehaviour(access, params.behaviour, await parseJsonBody(request, transitionBehaviourInput)),
);
