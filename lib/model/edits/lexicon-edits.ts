/** The organisation's language lexicon: euphemisms for customers, each with a plainer form. */
import type { DbTx } from "@/lib/db/types";
import { ConflictError, ValidationError } from "@/lib/errors";
import { industryLexicon, wordsNotIn } from "@/lib/language/rules/industry-lexicons";
import { templateName } from "@/lib/setup/rules/industries";
import { count, listInWords } from "@/lib/text/plural";
import type { EditOperation } from "./edit-outcome";

/**
 * The first edit makes the industry's words (what the organisation was shown) its own list, so nothing
 * silently disappears and a later change of industry no longer changes it.
 */
async function ownTheDefaults(tx: DbTx, organisationId: string) {
  if ((await tx.lexiconTerm.count({ where: { organisationId } })) > 0) return;
  const { industry } = await tx.organisation.findUniqueOrThrow({
    where: { id: organisationId },
    select: { industry: true },
  });
  await tx.lexiconTerm.createMany({
    data: industryLexicon(industry).map((t) => ({
      organisationId,
      term: t.term,
      plainer: t.plainer,
      why: t.why ?? null,
    })),
  });
}

export const addLexiconTerm: EditOperation<"addLexiconTerm"> = async (tx, access, edit) => {
  const organisationId = access.organisation.id;
  await ownTheDefaults(tx, organisationId);
  const existing = await tx.lexiconTerm.findFirst({
    where: { organisationId, term: { equals: edit.term, mode: "insensitive" } },
  });
  if (existing) throw new ConflictError(`“${edit.term}” is already in the lexicon.`, "term");
  const term = await tx.lexiconTerm.create({
    data: { organisationId, term: edit.term, plainer: edit.plainer, why: edit.why ?? null },
  });
  return {
    result: {},
    audit: {
      summary: `Added “${edit.term}” to the language lexicon`,
      subjectType: "lexicon",
      subjectId: term.id,
      after: { term: edit.term, plainer: edit.plainer },
    },
  };
};

/** Adds another industry's words (a telecom operator that also sells software: "tickets", "seats"). */
export const addLexiconWords: EditOperation<"addLexiconWords"> = async (tx, access, edit) => {
  const organisationId = access.organisation.id;
  await ownTheDefaults(tx, organisationId);
  const held = await tx.lexiconTerm.findMany({ where: { organisationId }, select: { term: true } });
  const words = wordsNotIn(held, edit.industry);
  if (words.length === 0)
    throw new ConflictError(
      `Every word of the ${templateName(edit.industry)} lexicon is already in this organisation's lexicon.`,
      "industry",
    );
  await tx.lexiconTerm.createMany({
    data: words.map((t) => ({ organisationId, term: t.term, plainer: t.plainer, why: t.why ?? null })),
  });
  const terms = words.map((t) => `“${t.term}”`);
  return {
    result: {},
    audit: {
      summary: `Added ${count(words.length, "word")} from the ${templateName(edit.industry)} lexicon to the language lexicon: ${listInWords(terms)}`,
      subjectType: "lexicon",
      subjectId: organisationId,
      after: { template: edit.industry, terms: words.map((t) => t.term) },
    },
  };
};

export const removeLexiconTerm: EditOperation<"removeLexiconTerm"> = async (tx, access, edit) => {
  const organisationId = access.organisation.id;
  await ownTheDefaults(tx, organisationId);
  const term = await tx.lexiconTerm.findFirst({ where: { organisationId, term: edit.term } });
  if (!term) throw new ValidationError("term", `“${edit.term}” is not in the lexicon.`);
  await tx.lexiconTerm.delete({ where: { id: term.id } });
  return {
    result: {},
    audit: {
      summary: `Removed “${edit.term}” from the language lexicon`,
      subjectType: "lexicon",
      subjectId: term.id,
      before: { term: term.term, plainer: term.plainer },
    },
  };
};
