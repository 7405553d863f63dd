import { actionUpdateInput } from "@/lib/actions/input";
import { updateActionItem } from "@/lib/actions/update-action-item";
import { parseJsonBody } from "@/lib/http/parse-input";
import { orgRoute } from "@/lib/access/route-gates";

/** Changes an action item's status or due date (its owner, owners and executives). */
export const PATCH = orgRoute<{ org: string; action: string }>("organisation:read", async (request, access, params) =>
  updateActionItem(access, params.action, await parseJsonBody(request, actionUpdateInput)),
);
