/**
 * A stage ends in one of two ways. Merged into another, everything on it moves there: behaviours (with their
 * versions, objectives and influences, which hang on the behaviour), stories, and the roles taking part.
 * Removed, it takes its touchpoints and behaviours with it (the schema cascades) and its stories keep their
 * text without a stage (SetNull). Either way the remaining positions close up, and the counts in the audit
 * event are the ones counted inside the transaction.
 */
import type { DbTx } from "@/lib/db/types";
import { NotFoundError, ValidationError } from "@/lib/errors";
import type { EditOperation } from "./edit-outcome";
import { holdingsByStage } from "./setup-counts";
import { NO_HOLDINGS, stageMergeSummary, stageRemovalSummary } from "./stage-consequences";

async function stageOrNotFound(tx: DbTx, organisationId: string, key: string, what: string) {
  const stage = await tx.stage.findFirst({ where: { organisationId, key } });
  if (!stage) throw new NotFoundError(what);
  return stage;
}

/** Positions 0, 1, 2… again in the order the stages had, once one has gone. */
async function closeUp(tx: DbTx, organisationId: string) {
  const stages = await tx.stage.findMany({ where: { organisationId }, orderBy: [{ position: "asc" }, { key: "asc" }] });
  for (const [position, stage] of stages.entries())
    if (stage.position !== position) await tx.stage.update({ where: { id: stage.id }, data: { position } });
}

export const mergeStage: EditOperation<"mergeStage"> = async (tx, access, edit) => {
  const organisationId = access.organisation.id;
  if (edit.key === edit.into)
    throw new ValidationError("into", "A stage cannot be merged into itself: choose another stage.");
  const from = await stageOrNotFound(tx, organisationId, edit.key, "The stage to merge");
  const into = await stageOrNotFound(tx, organisationId, edit.into, "The stage to merge into");
  const held = (await holdingsByStage(tx, organisationId, [from.id])).get(from.id) ?? NO_HOLDINGS;
  await tx.behaviour.updateMany({ where: { organisationId, stageId: from.id }, data: { stageId: into.id } });
  await tx.story.updateMany({ where: { organisationId, stageId: from.id }, data: { stageId: into.id } });
  const taking = await tx.touchpoint.findMany({ where: { stageId: from.id }, select: { roleId: true } });
  await tx.touchpoint.createMany({
    data: taking.map(({ roleId }) => ({ roleId, stageId: into.id })),
    skipDuplicates: true,
  });
  await tx.stage.delete({ where: { id: from.id } });
  await closeUp(tx, organisationId);
  const summary = stageMergeSummary(from.name, into.name, held);
  return {
    result: { key: into.key, summary },
    audit: {
      summary,
      subjectType: "stage",
      subjectId: from.id,
      before: { key: from.key, name: from.name, ...held },
      after: { mergedInto: into.key },
    },
  };
};

export const removeStage: EditOperation<"removeStage"> = async (tx, access, edit) => {
  const organisationId = access.organisation.id;
  const stage = await stageOrNotFound(tx, organisationId, edit.key, "The stage to remove");
  const held = (await holdingsByStage(tx, organisationId, [stage.id])).get(stage.id) ?? NO_HOLDINGS;
  await tx.stage.delete({ where: { id: stage.id } });
  await closeUp(tx, organisationId);
  const summary = stageRemovalSummary(stage.name, held);
  return {
    result: { summary },
    audit: {
      summary,
      subjectType: "stage",
      subjectId: stage.id,
      before: { key: stage.key, name: stage.name, ...held },
    },
  };
};
