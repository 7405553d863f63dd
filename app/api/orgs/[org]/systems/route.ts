import { orgRoute } from "@/lib/access/route-gates";
import { parseJsonBody } from "@/lib/http/parse-input";
import { systemInput } from "@/lib/inventory/input";
import { createSystem } from "@/lib/inventory/create-system";

export const POST = orgRoute("model:edit", async (request, access) =>
  Response.json(await createSystem(access, await parseJsonBody(request, systemInput)), { status: 201 }),
);
