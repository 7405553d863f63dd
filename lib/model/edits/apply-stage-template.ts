/**
 * Starts an organisation's lifecycle from an industry's stage template (its own industry's unless the consultant
 * picked another), when it has no stages yet.
 */
import { ConflictError } from "@/lib/errors";
import { uniqueKey } from "@/lib/model/rules/unique-key";
import { STAGE_TEMPLATES, templateName } from "@/lib/setup/rules/industries";
import type { EditOperation } from "./edit-outcome";

export const applyStageTemplate: EditOperation<"applyStageTemplate"> = async (tx, access, edit) => {
  const organisationId = access.organisation.id;
  if (await tx.stage.count({ where: { organisationId } }))
    throw new ConflictError("This organisation already has stages; rename or add them instead.");
  const industry =
    edit.industry ??
    (await tx.organisation.findUniqueOrThrow({ where: { id: organisationId }, select: { industry: true } })).industry;
  const names = STAGE_TEMPLATES[industry];
  const keys: string[] = [];
  for (const name of names) keys.push(uniqueKey(name, keys));
  await tx.stage.createMany({
    data: names.map((name, position) => ({ organisationId, key: keys[position]!, name, position })),
  });
  return {
    result: {},
    audit: {
      summary: `Set up the lifecycle stages from the ${templateName(industry)} template (${names.join(", ")})`,
      subjectType: "stage",
      subjectId: organisationId,
      after: { template: industry, stages: [...names] },
    },
  };
};
