import { orgRoute } from "@/lib/access/route-gates";
import { parseJsonBody } from "@/lib/http/parse-input";
import { addKpiLink } from "@/lib/inventory/add-kpi-link";
import { kpiLinkInput } from "@/lib/inventory/input";

/** A link from this KPI to another: pushing it up reinforces the other, or trades it off. */
export const POST = orgRoute<{ org: string; kpi: string }>("model:edit-department", async (request, access, params) =>
  Response.json(await addKpiLink(access, params.kpi, await parseJsonBody(request, kpiLinkInput)), { status: 201 }),
);
