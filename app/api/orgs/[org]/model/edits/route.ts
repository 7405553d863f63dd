import { parseJsonBody } from "@/lib/http/parse-input";
import { orgRoute } from "@/lib/access/route-gates";
import { applyModelEdit } from "@/lib/model/edits/apply-model-edit";
import { modelEditInput } from "@/lib/model/input";

/**
 * One setup edit of the model (stages, departments, roles, touchpoints, objectives, lexicon). Department heads
 * pass this gate for the role changes they may make in their own departments; applyModelEdit decides each edit.
 */
export const POST = orgRoute("model:edit-department", async (request, access) =>
  applyModelEdit(access, await parseJsonBody(request, modelEditInput)),
);
