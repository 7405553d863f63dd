import { orgRoute } from "@/lib/access/route-gates";
import { parseInput } from "@/lib/http/parse-input";
import { scenarioChoicesQuery } from "@/lib/scenarios/input";
import { searchScenarioKpis, searchScenarioSources } from "@/lib/scenarios/search-scenario-choices";

/** KPIs (`for=kpi`), or what may influence a behaviour (`for=source`), found by words for the scenario editor. */
export const GET = orgRoute("organisation:read", async (request, access) => {
  const query = parseInput(scenarioChoicesQuery, Object.fromEntries(new URL(request.url).searchParams));
  return query.for === "kpi" ? searchScenarioKpis(access, query.q) : searchScenarioSources(access, query.q);
});
