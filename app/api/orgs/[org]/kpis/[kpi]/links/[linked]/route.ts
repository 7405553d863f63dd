import { orgRoute } from "@/lib/access/route-gates";
import { removeKpiLink } from "@/lib/inventory/remove-kpi-link";

/** Removes the link from this KPI to the KPI `linked`. */
export const DELETE = orgRoute<{ org: string; kpi: string; linked: string }>(
  "model:edit-department",
  async (_request, access, params) => removeKpiLink(access, params.kpi, params.linked),
);
