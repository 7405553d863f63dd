import { assertCan, type OrgAccess } from "@/lib/access/org-access";
import { industryLexicon } from "./rules/industry-lexicons";
import type { LexiconEntry } from "./rules/language-rules";

/**
 * The organisation's euphemism lexicon: its industry's words until the consultant edits it, then its own list
 * (the first edit stores the industry's words, so nothing silently disappears).
 */
export async function getLexicon(access: OrgAccess): Promise<LexiconEntry[]> {
  assertCan(access, "organisation:read");
  const organisationId = access.organisation.id;
  const [terms, organisation] = await Promise.all([
    access.db.lexiconTerm.findMany({ where: { organisationId }, orderBy: { term: "asc" } }),
    access.db.organisation.findUniqueOrThrow({ where: { id: organisationId }, select: { industry: true } }),
  ]);
  return terms.length
    ? terms.map((t) => ({ term: t.term, plainer: t.plainer, ...(t.why ? { why: t.why } : {}) }))
    : industryLexicon(organisation.industry);
}
