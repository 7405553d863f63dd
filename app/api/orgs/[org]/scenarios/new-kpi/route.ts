import { orgRoute } from "@/lib/access/route-gates";
import { parseJsonBody } from "@/lib/http/parse-input";
import { newKpiInput } from "@/lib/scenarios/input";
import { makeNewKpi } from "@/lib/scenarios/make-new-kpi";

/** A scenario's new KPI from the editor's draft: named and keyed against every KPI of the model. Writes nothing. */
export const POST = orgRoute("scenarios:draft", async (request, access) =>
  makeNewKpi(access, await parseJsonBody(request, newKpiInput)),
);
