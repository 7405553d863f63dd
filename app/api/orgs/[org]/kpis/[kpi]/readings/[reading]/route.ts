import { orgRoute } from "@/lib/access/route-gates";
import { parseJsonBody } from "@/lib/http/parse-input";
import { kpiReadingInput } from "@/lib/kpis/input";
import { removeKpiReading } from "@/lib/kpis/remove-kpi-reading";
import { updateKpiReading } from "@/lib/kpis/update-kpi-reading";

type Params = { org: string; kpi: string; reading: string };

export const PUT = orgRoute<Params>("model:edit-department", async (request, access, params) =>
  updateKpiReading(access, params.kpi, params.reading, await parseJsonBody(request, kpiReadingInput)),
);

export const DELETE = orgRoute<Params>("model:edit-department", async (_request, access, params) =>
  removeKpiReading(access, params.kpi, params.reading),
);
