import { orgRoute } from "@/lib/access/route-gates";
import { parseJsonBody } from "@/lib/http/parse-input";
import { processInput } from "@/lib/inventory/inventory-input";
import { createProcess } from "@/lib/inventory/save-process-or-system";

export const POST = orgRoute("model:edit-department", async (request, access) =>
  Response.json(await createProcess(access, await parseJsonBody(request, processInput)), { status: 201 }),
);
