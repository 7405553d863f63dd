import { orgRoute } from "@/lib/access/route-gates";
import { applyScenarioToModel } from "@/lib/scenarios/apply-scenario-to-model";

/** Writes the scenario's edits to the model (audited); 409 if already applied or an edit no longer fits. */
export const POST = orgRoute<{ org: string; scenario: string }>("scenarios:apply", async (_request, access, params) =>
  applyScenarioToModel(access, params.scenario),
);
