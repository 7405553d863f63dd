import { exposureInput } from "@/lib/exposure/input";
import { listExposures } from "@/lib/exposure/list-exposures";
import { recordExposure } from "@/lib/exposure/record-exposure";
import { parseJsonBody } from "@/lib/http/parse-input";
import { orgRoute } from "@/lib/access/route-gates";

export const GET = orgRoute("organisation:read", async (_request, access) => listExposures(access));

export const POST = orgRoute("exposure:record", async (request, access) =>
  Response.json(await recordExposure(access, await parseJsonBody(request, exposureInput)), { status: 201 }),
);
