/** Starts an organisation's lifecycle from the stage template, when it has no stages yet. */
import { ConflictError } from "@/lib/errors";
import { STAGE_TEMPLATE } from "@/lib/model/input";
import { uniqueKey } from "@/lib/model/rules/unique-key";
import type { EditOperation } from "./edit-outcome";

export const applyStageTemplate: EditOperation<"applyStageTemplate"> = async (tx, access) => {
  const organisationId = access.organisation.id;
  if (await tx.stage.count({ where: { organisationId } }))
    throw new ConflictError("This organisation already has stages; rename or add them instead.");
  await tx.stage.createMany({
    data: STAGE_TEMPLATE.map((name, position) => ({ organisationId, key: uniqueKey(name, []), name, position })),
  });
  return {
    result: {},
    audit: {
      summary: `Set up the lifecycle stages from the template (${STAGE_TEMPLATE.join(", ")})`,
      subjectType: "stage",
      subjectId: organisationId,
      after: { stages: [...STAGE_TEMPLATE] },
    },
  };
};
