import { orgRoute } from "@/lib/access/route-gates";
import { parseJsonBody } from "@/lib/http/parse-input";
import { addKpiReading } from "@/lib/kpis/add-kpi-reading";
import { kpiReadingInput } from "@/lib/kpis/input";

/** Enters the KPI's reading for a month. */
export const POST = orgRoute<{ org: string; kpi: string }>("model:edit-department", async (request, access, params) =>
  Response.json(await addKpiReading(access, params.kpi, await parseJsonBody(request, kpiReadingInput)), {
    status: 201,
  }),
);
