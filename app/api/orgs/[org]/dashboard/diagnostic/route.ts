import { dashboardQuery } from "@/lib/dashboard/input";
import { scopeOf } from "@/lib/dashboard/rules/dashboard-query";
import { getDiagnosticSummary } from "@/lib/dashboard/get-diagnostic-summary";
import { parseInput } from "@/lib/http/parse-input";
import { orgRoute } from "@/lib/access/route-gates";

/** The 3P headline of the latest wave (or `?wave=`) for the organisation, `?department=` or `?role=`. */
export const GET = orgRoute("results:read", async (request, access) => {
  const query = parseInput(dashboardQuery, Object.fromEntries(new URL(request.url).searchParams));
  return getDiagnosticSummary(access, scopeOf(query), query.wave);
});
