import { orgRoute } from "@/lib/access/route-gates";
import { parseInput } from "@/lib/http/parse-input";
import { getSystemGraph } from "@/lib/system-view/get-system-graph";
import { systemGraphInput } from "@/lib/system-view/input";

/**
 * The system view's graph (DESIGN §5): clustered, or focused on `focus=kpi:<key>` (role, process, system),
 * filtered by department, stage and severity, with departments opened by `expand=a,b`. Only what is drawn.
 */
export const GET = orgRoute("organisation:read", async (request, access) =>
  getSystemGraph(access, parseInput(systemGraphInput, Object.fromEntries(new URL(request.url).searchParams))),
);
