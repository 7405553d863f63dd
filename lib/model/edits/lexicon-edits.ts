/** The organisation's language lexicon: euphemisms for customers, each with a plainer form. */
import type { DbTx } from "@/lib/db/types";
import { ConflictError, ValidationError } from "@/lib/errors";
import { DEFAULT_EUPHEMISMS } from "@/lib/language/rules/language-rules";
import type { EditOperation } from "./edit-outcome";

/** The first edit makes the shipped defaults the organisation's own list, so nothing silently disappears. */
async function ownTheDefaults(tx: DbTx, organisationId: string) {
  if ((await tx.lexiconTerm.count({ where: { organisationId } })) > 0) return;
  await tx.lexiconTerm.createMany({
    data: DEFAULT_EUPHEMISMS.map((t) => ({ organisationId, term: t.term, plainer: t.plainer, why: t.why ?? null })),
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
