import { orgRoute } from "@/lib/access/route-gates";
import { parseInput } from "@/lib/http/parse-input";
import { searchSystem } from "@/lib/system-view/get-system-graph";
import { systemSearchInput } from "@/lib/system-view/input";

/** What the system view's search box offers for `q`: KPIs, roles, processes and systems by name. */
export const GET = orgRoute("organisation:read", async (request, access) => {
  const { q } = parseInput(systemSearchInput, Object.fromEntries(new URL(request.url).searchParams));
  return { choices: await searchSystem(access, q) };
});
