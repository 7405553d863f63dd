import { orgRoute } from "@/lib/access/route-gates";
import { parseJsonBody } from "@/lib/http/parse-input";
import { scenarioActionInput } from "@/lib/scenarios/input";
import { turnScenarioIntoAction } from "@/lib/scenarios/turn-scenario-into-action";

/** Turns the scenario into an action item titled with its name (owner: the member, unless another is named). */
export const POST = orgRoute<{ org: string; scenario: string }>("actions:own", async (request, access, params) =>
  Response.json(
    await turnScenarioIntoAction(access, params.scenario, await parseJsonBody(request, scenarioActionInput)),
    { status: 201 },
  ),
);
