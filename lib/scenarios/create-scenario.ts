/** Saves a new what-if scenario, private to its author until shared. */
import { getOrganisationAnalysis } from "@/lib/alignment/get-organisation-analysis";
import { assertCan, type OrgAccess } from "@/lib/access/org-access";
import { assertEditsFit, assertMayDraft } from "./check-draft";
import type { ScenarioCreateInput } from "./input";
import { scenarioInclude, scenarioView, type ScenarioView } from "./scenario-record";

export async function createScenario(access: OrgAccess, input: ScenarioCreateInput): Promise<ScenarioView> {
  assertCan(access, "scenarios:draft");
  const { model } = await getOrganisationAnalysis(access);
  assertEditsFit(model, input.edits);
  await assertMayDraft(access.db, access, model, input.edits);
  // A draft changes nothing of the organisation's, so it records no audit event (applying it does).
  const row = await access.db.scenario.create({
    data: {
      organisationId: access.organisation.id,
      name: input.name,
      edits: input.edits,
      createdById: access.actor.id,
    },
    include: scenarioInclude,
  });
  return scenarioView(access, row);
}
