import { orgRoute } from "@/lib/access/route-gates";
import { parseJsonBody } from "@/lib/http/parse-input";
import { kpiInput } from "@/lib/inventory/input";
import { createKpi } from "@/lib/inventory/create-kpi";

export const POST = orgRoute("model:edit-department", async (request, access) =>
  Response.json(await createKpi(access, await parseJsonBody(request, kpiInput)), { status: 201 }),
);
