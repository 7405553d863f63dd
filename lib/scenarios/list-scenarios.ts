/**
 * The scenarios a member may see — their own and those shared with members — newest first, each with how
 * many findings it would clear and make appear on the model as it is now.
 */
import { getOrganisationAnalysis } from "@/lib/alignment/get-organisation-analysis";
import { assertCan, type OrgAccess } from "@/lib/access/org-access";
import { whatIf } from "./rules/what-if";
import { scenarioInclude, scenarioView, type ScenarioView } from "./scenario-record";

export type ScenarioListItem = ScenarioView & {
  /** On the current model; null once applied, or when an edit no longer fits the model. */
  cleared: number | null;
  appeared: number | null;
};

export async function listScenarios(access: OrgAccess): Promise<ScenarioListItem[]> {
  assertCan(access, "organisation:read");
  const rows = await access.db.scenario.findMany({
    where: { organisationId: access.organisation.id, OR: [{ createdById: access.actor.id }, { shared: true }] },
    include: scenarioInclude,
    orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
  });
  const { model, analysis } = await getOrganisationAnalysis(access);
  return rows.map((row) => {
    const view = scenarioView(access, row);
    const result = view.appliedAt ? null : whatIf(model, view.edits, analysis);
    return result?.ok
      ? { ...view, cleared: result.cleared.length, appeared: result.appeared.length }
      : { ...view, cleared: null, appeared: null };
  });
}
