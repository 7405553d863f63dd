import { orgRoute } from "@/lib/access/route-gates";
import { parseJsonBody } from "@/lib/http/parse-input";
import { scenarioPreviewInput } from "@/lib/scenarios/input";
import { previewScenario } from "@/lib/scenarios/preview-scenario";

/** What a draft's edits would do to the model as it is now, before the draft is saved. Writes nothing. */
export const POST = orgRoute("scenarios:draft", async (request, access) =>
  previewScenario(access, (await parseJsonBody(request, scenarioPreviewInput)).edits),
);
