/** One scenario the member may see: their own or a shared one (anything else: 404). */
import { assertCan, type OrgAccess } from "@/lib/access/org-access";
import { scenarioView, type ScenarioView, visibleScenario } from "./scenario-record";

export async function getScenario(access: OrgAccess, id: string): Promise<ScenarioView> {
  assertCan(access, "organisation:read");
  return scenarioView(access, await visibleScenario(access.db, access, id));
}
