import { orgRoute } from "@/lib/access/route-gates";
import { parseJsonBody } from "@/lib/http/parse-input";
import { renameInventoryItemInput } from "@/lib/inventory/input";
import { removeInventoryItem } from "@/lib/inventory/remove-inventory-item";
import { renameInventoryItem } from "@/lib/inventory/rename-inventory-item";

/** Renames the process. */
export const PATCH = orgRoute<{ org: string; process: string }>(
  "model:edit-department",
  async (request, access, params) => {
    const { name } = await parseJsonBody(request, renameInventoryItemInput);
    return renameInventoryItem(access, "process", params.process, name);
  },
);

/** Removes the process and its influences on behaviours. */
export const DELETE = orgRoute<{ org: string; process: string }>(
  "model:edit-department",
  async (_request, access, params) => removeInventoryItem(access, "process", params.process),
);
