import { orgRoute } from "@/lib/access/route-gates";
import { parseJsonBody } from "@/lib/http/parse-input";
import { deleteScenario } from "@/lib/scenarios/delete-scenario";
import { getScenario } from "@/lib/scenarios/get-scenario";
import { scenarioUpdateInput } from "@/lib/scenarios/input";
import { updateScenario } from "@/lib/scenarios/update-scenario";

type Params = { org: string; scenario: string };

export const GET = orgRoute<Params>("organisation:read", async (_request, access, params) =>
  getScenario(access, params.scenario),
);

/** Rename, replace the edits (not once applied: 409), or share with members / stop sharing. The author only. */
export const PATCH = orgRoute<Params>("scenarios:draft", async (request, access, params) =>
  updateScenario(access, params.scenario, await parseJsonBody(request, scenarioUpdateInput)),
);

export const DELETE = orgRoute<Params>("scenarios:draft", async (_request, access, params) =>
  deleteScenario(access, params.scenario),
);
