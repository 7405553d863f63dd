import { updateBehaviourInput } from "@/lib/behaviours/input";
import { getBehaviour } from "@/lib/behaviours/get-behaviour";
import { updateBehaviour } from "@/lib/behaviours/update-behaviour";
import { parseJsonBody } from "@/lib/http/parse-input";
import { orgRoute } from "@/lib/access/route-gates";

type Params = { org: string; behaviour: string };

export const GET = orgRoute<Params>("organisation:read", async (_request, access, params) =>
  getBehaviour(access, params.behaviour),
);

/** Save new words as the next version; `expectedVersion` guards against overwriting someone else's save. */
export const PATCH = orgRoute<Params>("model:edit-department", async (request, access, params) =>
  updateBehaviour(access, params.behaviour, await parseJsonBody(request, updateBehaviourInput)),
);
