import { orgRoute } from "@/lib/access/route-gates";
import { parseJsonBody } from "@/lib/http/parse-input";
import { systemInput } from "@/lib/inventory/inventory-input";
import { createSystem } from "@/lib/inventory/save-process-or-system";

export const POST = orgRoute("model:edit", async (request, access) =>
  Response.json(await createSystem(access, await parseJsonBody(request, systemInput)), { status: 201 }),
);
