import { orgRoute } from "@/lib/access/route-gates";
import { removeKpiCounter } from "@/lib/inventory/remove-kpi-counter";

export const DELETE = orgRoute<{ org: string; kpi: string; counter: string }>(
  "model:edit-department",
  async (_request, access, params) => removeKpiCounter(access, params.kpi, params.counter),
);
