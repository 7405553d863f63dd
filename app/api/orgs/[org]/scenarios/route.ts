import { orgRoute } from "@/lib/access/route-gates";
import { parseJsonBody } from "@/lib/http/parse-input";
import { createScenario } from "@/lib/scenarios/create-scenario";
import { scenarioCreateInput } from "@/lib/scenarios/input";
import { listScenarios } from "@/lib/scenarios/list-scenarios";

/** The member's own scenarios and those shared with members, with what each would clear and make appear. */
export const GET = orgRoute("organisation:read", async (_request, access) => listScenarios(access));

/** Saves a new scenario (private until shared). */
export const POST = orgRoute("scenarios:draft", async (request, access) =>
  Response.json(await createScenario(access, await parseJsonBody(request, scenarioCreateInput)), { status: 201 }),
);
