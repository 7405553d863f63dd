/** Renames a scenario, replaces its edits, or shares it with the organisation's members (or stops sharing). */
import { getOrganisationAnalysis } from "@/lib/alignment/get-organisation-analysis";
import { assertCan, type OrgAccess } from "@/lib/access/org-access";
import { ConflictError } from "@/lib/errors";
import { assertEditsFit, assertMayDraft } from "./check-draft";
import type { ScenarioUpdateInput } from "./input";
import { ownScenario, scenarioInclude, scenarioView, type ScenarioView } from "./scenario-record";

export async function updateScenario(access: OrgAccess, id: string, input: ScenarioUpdateInput): Promise<ScenarioView> {
  assertCan(access, "scenarios:draft");
  const model = input.edits ? (await getOrganisationAnalysis(access)).model : null;
  return access.db.$transaction(async (tx) => {
    const row = await ownScenario(tx, access, id);
    if (row.appliedAt && (input.name !== undefined || input.edits !== undefined))
      throw new ConflictError("This scenario has been applied to the model; start a new one to change it.");
    if (model && input.edits) {
      assertEditsFit(model, input.edits);
      await assertMayDraft(tx, access, model, input.edits);
    }
    const updated = await tx.scenario.update({
      where: { id: row.id },
      data: { name: input.name, edits: input.edits, shared: input.shared },
      include: scenarioInclude,
    });
    return scenarioView(access, updated);
  });
}
