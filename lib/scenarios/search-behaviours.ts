/**
 * The behaviours the scenario editor offers for an influence, by what people do: a search, since a large
 * model has tens of thousands of behaviours and the editor must not carry them all.
 */
import { getOrganisationAnalysis } from "@/lib/alignment/get-organisation-analysis";
import { assertCan, type OrgAccess } from "@/lib/access/org-access";
import { hasEveryWord, searchWords } from "@/lib/text/words";

const OFFERED = 30;

export async function searchBehaviours(access: OrgAccess, q: string): Promise<{ key: string; name: string }[]> {
  assertCan(access, "organisation:read");
  const { model } = await getOrganisationAnalysis(access);
  const words = searchWords(q);
  return model.behaviours
    .filter((b) => b.status !== "retired" && hasEveryWord(b.action, words))
    .map((b) => ({ key: b.key, name: b.action }))
    .sort((a, b) => a.name.localeCompare(b.name))
    .slice(0, OFFERED);
}
