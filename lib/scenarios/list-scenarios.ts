/**
 * The scenarios a member may see — their own and those shared with members — newest first, each with how
 * many findings it would clear and make appear on the model as it is now.
 */
import { getOrganisationAnalysis } from "@/lib/alignment/get-organisation-analysis";
import type { Analysis } from "@/lib/alignment/rules/analyze-model";
import { assertCan, type OrgAccess } from "@/lib/access/org-access";
import { whatIf } from "./rules/what-if";
import { scenarioInclude, scenarioView, type ScenarioView } from "./scenario-record";

export type ScenarioListItem = ScenarioView & {
  /** On the current model; null once applied, or when an edit no longer fits the model. */
  cleared: number | null;
  appeared: number | null;
};

type Counts = { cleared: number; appeared: number } | null;

/**
 * Each scenario's counts, kept per analysis of the model (a what-if takes about 0.4 s on a 5,000-KPI model, and
 * the list would run one per scenario on every visit). Keyed by the analysis object, which the app keeps while the
 * model is unchanged: a new analysis starts afresh and the old counts go with the old analysis. On globalThis
 * like the analysis cache, so pages and routes share it.
 */
const globalForCounts = globalThis as unknown as { throughlineScenarioCounts?: WeakMap<Analysis, Map<string, Counts>> };
const countsByAnalysis = (globalForCounts.throughlineScenarioCounts ??= new WeakMap());

export async function listScenarios(access: OrgAccess): Promise<ScenarioListItem[]> {
  assertCan(access, "organisation:read");
  const rows = await access.db.scenario.findMany({
    where: { organisationId: access.organisation.id, OR: [{ createdById: access.actor.id }, { shared: true }] },
    include: scenarioInclude,
    orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
  });
  const { model, analysis } = await getOrganisationAnalysis(access);
  let known = countsByAnalysis.get(analysis);
  if (!known) countsByAnalysis.set(analysis, (known = new Map()));
  return rows.map((row) => {
    const view = scenarioView(access, row);
    if (view.appliedAt) return { ...view, cleared: null, appeared: null };
    // Keyed by the edits themselves: two saves within a millisecond share an updatedAt.
    const key = `${row.id}:${JSON.stringify(view.edits)}`;
    if (!known.has(key)) {
      const result = whatIf(model, view.edits, analysis);
      known.set(key, result.ok ? { cleared: result.cleared.length, appeared: result.appeared.length } : null);
    }
    return { ...view, ...(known.get(key) ?? { cleared: null, appeared: null }) };
  });
}
