import { orgRoute } from "@/lib/access/route-gates";
import { parseJsonBody } from "@/lib/http/parse-input";
import { kpiInput } from "@/lib/inventory/input";
import { removeInventoryItem } from "@/lib/inventory/remove-inventory-item";
import { updateKpi } from "@/lib/inventory/update-kpi";

export const PUT = orgRoute<{ org: string; kpi: string }>("model:edit-department", async (request, access, params) =>
  updateKpi(access, params.kpi, await parseJsonBody(request, kpiInput)),
);

/** Removes the KPI and its influences on behaviours. */
export const DELETE = orgRoute<{ org: string; kpi: string }>(
  "model:edit-department",
  async (_request, access, params) => removeInventoryItem(access, "kpi", params.kpi),
);
