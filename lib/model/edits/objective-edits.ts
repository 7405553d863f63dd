/**
 * Business objectives that behaviours cite: add, rename, remove. Removing one removes only the links; the
 * behaviours stay, and their earlier versions (which keep the keys they cited) show it as removed.
 */
import type { DbTx } from "@/lib/db/types";
import { NotFoundError } from "@/lib/errors";
import { uniqueKey } from "@/lib/model/rules/unique-key";
import { count } from "@/lib/text/plural";
import type { EditOperation } from "./edit-outcome";
import { refuseTakenName } from "./same-name";

async function objectivesOf(tx: DbTx, organisationId: string) {
  return tx.objective.findMany({ where: { organisationId }, select: { id: true, key: true, name: true } });
}

export const addObjective: EditOperation<"addObjective"> = async (tx, access, edit) => {
  const organisationId = access.organisation.id;
  const objectives = await objectivesOf(tx, organisationId);
  refuseTakenName(objectives, edit.name, "an objective");
  const key = uniqueKey(
    edit.name,
    objectives.map((o) => o.key),
  );
  const objective = await tx.objective.create({ data: { organisationId, key, name: edit.name } });
  return {
    result: { key },
    audit: {
      summary: `Added the objective “${edit.name}”`,
      subjectType: "objective",
      subjectId: objective.id,
      after: { key, name: edit.name },
    },
  };
};

export const renameObjective: EditOperation<"renameObjective"> = async (tx, access, edit) => {
  const objectives = await objectivesOf(tx, access.organisation.id);
  const objective = objectives.find((o) => o.key === edit.key);
  if (!objective) throw new NotFoundError("The objective to rename");
  refuseTakenName(objectives, edit.name, "an objective", objective.id);
  await tx.objective.update({ where: { id: objective.id }, data: { name: edit.name } });
  return {
    result: { key: objective.key },
    audit: {
      summary: `Renamed the objective “${objective.name}” to “${edit.name}”`,
      subjectType: "objective",
      subjectId: objective.id,
      before: { name: objective.name },
      after: { name: edit.name },
    },
  };
};

export const removeObjective: EditOperation<"removeObjective"> = async (tx, access, edit) => {
  const objective = await tx.objective.findFirst({
    where: { organisationId: access.organisation.id, key: edit.key },
    include: { _count: { select: { behaviours: true } } },
  });
  if (!objective) throw new NotFoundError("The objective to remove");
  const cited = objective._count.behaviours;
  // The links cascade; the behaviours and their versions stay.
  await tx.objective.delete({ where: { id: objective.id } });
  const summary = `Removed the objective “${objective.name}”${cited ? `; ${count(cited, "behaviour")} no longer ${cited === 1 ? "cites" : "cite"} it` : ""}`;
  return {
    result: { summary },
    audit: {
      summary,
      subjectType: "objective",
      subjectId: objective.id,
      before: { key: objective.key, name: objective.name, citedBy: cited },
    },
  };
};
