/** Lifecycle stages: add, rename and reorder (the template that starts a model is `apply-stage-template.ts`). */
import type { DbTx } from "@/lib/db/types";
import { ValidationError } from "@/lib/errors";
import { uniqueKey } from "@/lib/model/rules/unique-key";
import type { EditOperation } from "./edit-outcome";
import { refuseTakenName } from "./same-name";

export async function stageByKey(tx: DbTx, organisationId: string, key: string) {
  const stage = await tx.stage.findFirst({ where: { organisationId, key } });
  if (!stage) throw new ValidationError("key", `No stage with key "${key}".`);
  return stage;
}

export const addStage: EditOperation<"addStage"> = async (tx, access, edit) => {
  const organisationId = access.organisation.id;
  const stages = await tx.stage.findMany({
    where: { organisationId },
    select: { id: true, key: true, name: true, position: true },
  });
  refuseTakenName(stages, edit.name, "a stage");
  const key = uniqueKey(
    edit.name,
    stages.map((s) => s.key),
  );
  const stage = await tx.stage.create({
    data: { organisationId, key, name: edit.name, position: Math.max(-1, ...stages.map((s) => s.position)) + 1 },
  });
  return {
    result: { key },
    audit: {
      summary: `Added the stage “${edit.name}”`,
      subjectType: "stage",
      subjectId: stage.id,
      after: { key, name: edit.name },
    },
  };
};

export const renameStage: EditOperation<"renameStage"> = async (tx, access, edit) => {
  const organisationId = access.organisation.id;
  const stage = await stageByKey(tx, organisationId, edit.key);
  const stages = await tx.stage.findMany({ where: { organisationId }, select: { id: true, name: true } });
  refuseTakenName(stages, edit.name, "a stage", stage.id);
  await tx.stage.update({ where: { id: stage.id }, data: { name: edit.name } });
  return {
    result: { key: stage.key },
    audit: {
      summary: `Renamed the stage “${stage.name}” to “${edit.name}”`,
      subjectType: "stage",
      subjectId: stage.id,
      before: { name: stage.name },
      after: { name: edit.name },
    },
  };
};

export const moveStage: EditOperation<"moveStage"> = async (tx, access, edit) => {
  const stages = await tx.stage.findMany({
    where: { organisationId: access.organisation.id },
    orderBy: [{ position: "asc" }, { key: "asc" }],
  });
  const at = stages.findIndex((s) => s.key === edit.key);
  if (at < 0) throw new ValidationError("key", `No stage with key "${edit.key}".`);
  const to = edit.direction === "earlier" ? at - 1 : at + 1;
  if (to < 0 || to >= stages.length)
    return {
      result: { key: edit.key },
      audit: { summary: `Kept “${stages[at]!.name}” where it is`, subjectType: "stage", subjectId: stages[at]!.id },
    };
  const order = [...stages];
  [order[at], order[to]] = [order[to]!, order[at]!];
  for (const [position, stage] of order.entries())
    if (stage.position !== position) await tx.stage.update({ where: { id: stage.id }, data: { position } });
  return {
    result: { key: edit.key },
    audit: {
      summary: `Moved the stage “${stages[at]!.name}” ${edit.direction}`,
      subjectType: "stage",
      subjectId: stages[at]!.id,
      before: { order: stages.map((s) => s.name) },
      after: { order: order.map((s) => s.name) },
    },
  };
};
