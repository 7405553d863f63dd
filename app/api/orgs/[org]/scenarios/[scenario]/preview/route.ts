import { orgRoute } from "@/lib/access/route-gates";
import { previewSavedScenario } from "@/lib/scenarios/preview-scenario";

/** What the saved scenario would do to the model as it is now. */
export const GET = orgRoute<{ org: string; scenario: string }>("organisation:read", async (_request, access, params) =>
  previewSavedScenario(access, params.scenario),
);
