import { listActionItems } from "@/lib/actions/manage-actions";
import { createActionItem } from "@/lib/findings/create-action-item";
import { createActionInput } from "@/lib/findings/finding-review-input";
import { parseJsonBody } from "@/lib/http/parse-input";
import { orgRoute } from "@/lib/http/route-handlers";

/** Turn a finding into an action item with an owner and a due date. */
export const POST = orgRoute("findings:review", async (request, access) =>
  Response.json(await createActionItem(access, await parseJsonBody(request, createActionInput)), { status: 201 }),
);

/** Every action item, overdue ones first, with whether the member may update each. */
export const GET = orgRoute("organisation:read", async (_request, access) => listActionItems(access));
