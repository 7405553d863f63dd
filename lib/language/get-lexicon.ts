import { assertCan, type OrgAccess } from "@/lib/access/org-access";
import { DEFAULT_EUPHEMISMS, type LexiconEntry } from "./rules/language-rules";

/** The organisation's euphemism lexicon; the shipped defaults until the consultant edits it. */
export async function getLexicon(access: OrgAccess): Promise<LexiconEntry[]> {
  assertCan(access, "organisation:read");
  const terms = await access.db.lexiconTerm.findMany({
    where: { organisationId: access.organisation.id },
    orderBy: { term: "asc" },
  });
  return terms.length
    ? terms.map((t) => ({ term: t.term, plainer: t.plainer, ...(t.why ? { why: t.why } : {}) }))
    : DEFAULT_EUPHEMISMS;
}
