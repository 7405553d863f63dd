import { orgRoute } from "@/lib/access/route-gates";
import { parseJsonBody } from "@/lib/http/parse-input";
import { addKpiCounter } from "@/lib/inventory/add-kpi-counter";
import { kpiCounterInput } from "@/lib/inventory/input";

/** Another KPI now catches the damage this one can do. */
export const POST = orgRoute<{ org: string; kpi: string }>("model:edit-department", async (request, access, params) =>
  Response.json(await addKpiCounter(access, params.kpi, await parseJsonBody(request, kpiCounterInput)), {
    status: 201,
  }),
);
