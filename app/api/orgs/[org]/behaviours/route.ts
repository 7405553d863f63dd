import { createBehaviourInput } from "@/lib/behaviours/input";
import { createBehaviour } from "@/lib/behaviours/create-behaviour";
import { parseJsonBody } from "@/lib/http/parse-input";
import { orgRoute } from "@/lib/access/route-gates";

/** Write a new draft behaviour (owners anywhere, department heads for their departments' roles). */
export const POST = orgRoute("model:edit-department", async (request, access) =>
  Response.json(await createBehaviour(access, await parseJsonBody(request, createBehaviourInput)), { status: 201 }),
);
