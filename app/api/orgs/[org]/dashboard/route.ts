import { dashboardQuery } from "@/lib/dashboard/input";
import { scopeOf } from "@/lib/dashboard/rules/dashboard-query";
import { getModelDashboard } from "@/lib/dashboard/get-model-dashboard";
import { parseInput } from "@/lib/http/parse-input";
import { orgRoute } from "@/lib/access/route-gates";

/** The model's dashboard widgets for the organisation, `?department=` or `?role=`. */
export const GET = orgRoute("organisation:read", async (request, access) => {
  const query = parseInput(dashboardQuery, Object.fromEntries(new URL(request.url).searchParams));
  return getModelDashboard(access, scopeOf(query));
});
