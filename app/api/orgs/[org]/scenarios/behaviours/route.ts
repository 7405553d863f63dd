import { orgRoute } from "@/lib/access/route-gates";
import { parseInput } from "@/lib/http/parse-input";
import { behaviourSearchInput } from "@/lib/scenarios/input";
import { searchBehaviours } from "@/lib/scenarios/search-behaviours";

/** Behaviours whose words match `q` (the first thirty by name), for an influence in the scenario editor. */
export const GET = orgRoute("organisation:read", async (request, access) => {
  const { q } = parseInput(behaviourSearchInput, Object.fromEntries(new URL(request.url).searchParams));
  return { behaviours: await searchBehaviours(access, q) };
});
