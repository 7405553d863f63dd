import { orgRoute } from "@/lib/access/route-gates";
import { parseInput } from "@/lib/http/parse-input";
import { scenarioChoicesQuery } from "@/lib/scenarios/input";
import {
  searchScenarioDepartments,
  searchScenarioKpis,
  searchScenarioRoles,
  searchScenarioSources,
} from "@/lib/scenarios/search-scenario-choices";

const SEARCHES = {
  kpi: searchScenarioKpis,
  source: searchScenarioSources,
  role: searchScenarioRoles,
  department: searchScenarioDepartments,
};

/**
 * KPIs (`for=kpi`), what may influence a behaviour (`for=source`), roles a new KPI may measure (`for=role`) or
 * the department it belongs to (`for=department`), found by words for the scenario editor.
 */
export const GET = orgRoute("organisation:read", async (request, access) => {
  const query = parseInput(scenarioChoicesQuery, Object.fromEntries(new URL(request.url).searchParams));
  return SEARCHES[query.for](access, query.q);
});
