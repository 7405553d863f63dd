import { analyzeModel, type Analysis } from "@/lib/alignment/analyze-model";
import { readModel } from "@/lib/model/export-model";
import type { ModelDocument } from "@/lib/model/model-schema";
import { assertCan, type OrgAccess } from "@/lib/organisations/access";

/**
 * The organisation's model and its analysis, computed from the model as it is now: findings are never
 * cached, so a page can never show stale findings as current.
 */
export async function getOrganisationAnalysis(access: OrgAccess): Promise<{ model: ModelDocument; analysis: Analysis }> {
  assertCan(access, "organisation:read");
  const model = await readModel(access.db, access.organisation.id, access.organisation.name);
  return { model, analysis: analyzeModel(model) };
}
