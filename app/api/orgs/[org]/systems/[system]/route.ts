import { orgRoute } from "@/lib/access/route-gates";
import { parseJsonBody } from "@/lib/http/parse-input";
import { renameInventoryItemInput } from "@/lib/inventory/input";
import { removeInventoryItem } from "@/lib/inventory/remove-inventory-item";
import { renameInventoryItem } from "@/lib/inventory/rename-inventory-item";

/** Renames the system. */
export const PATCH = orgRoute<{ org: string; system: string }>("model:edit", async (request, access, params) => {
  const { name } = await parseJsonBody(request, renameInventoryItemInput);
  return renameInventoryItem(access, "system", params.system, name);
});

/** Removes the system and its influences on behaviours. */
export const DELETE = orgRoute<{ org: string; system: string }>("model:edit", async (_request, access, params) =>
  removeInventoryItem(access, "system", params.system),
);
