import { orgRoute } from "@/lib/access/route-gates";
import { parseJsonBody } from "@/lib/http/parse-input";
import { processInput } from "@/lib/inventory/input";
import { createProcess } from "@/lib/inventory/create-process";

export const POST = orgRoute("model:edit-department", async (request, access) =>
  Response.json(await createProcess(access, await parseJsonBody(request, processInput)), { status: 201 }),
);
