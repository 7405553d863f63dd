/** Business objectives that behaviours cite. */
import { uniqueKey } from "@/lib/model/rules/unique-key";
import type { EditOperation } from "./edit-outcome";

export const addObjective: EditOperation<"addObjective"> = async (tx, access, edit) => {
  const organisationId = access.organisation.id;
  const key = uniqueKey(
    edit.name,
    (await tx.objective.findMany({ where: { organisationId }, select: { key: true } })).map((o) => o.key),
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
