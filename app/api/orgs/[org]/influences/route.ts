import { orgRoute } from "@/lib/access/route-gates";
import { parseJsonBody } from "@/lib/http/parse-input";
import { influenceInput } from "@/lib/inventory/input";
import { setInfluence } from "@/lib/inventory/set-influence";

/** Set (or, with effect "none", remove) how a KPI, process or system influences a behaviour. */
export const POST = orgRoute("model:edit-department", async (request, access) =>
  setInfluence(access, await parseJsonBody(request, influenceInput)),
);
