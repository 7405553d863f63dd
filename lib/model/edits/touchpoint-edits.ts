/** Touchpoints: whether a role takes part in a lifecycle stage. */
import { ValidationError } from "@/lib/errors";
import type { EditOperation } from "./edit-outcome";
import { stageByKey } from "./stage-edits";

export const setTouchpoint: EditOperation<"setTouchpoint"> = async (tx, access, edit) => {
  const organisationId = access.organisation.id;
  const role = await tx.role.findFirst({ where: { organisationId, key: edit.role } });
  if (!role) throw new ValidationError("role", `No role with key "${edit.role}".`);
  const stage = await stageByKey(tx, organisationId, edit.stage);
  if (edit.on)
    await tx.touchpoint.upsert({
      where: { roleId_stageId: { roleId: role.id, stageId: stage.id } },
      create: { roleId: role.id, stageId: stage.id },
      update: {},
    });
  else await tx.touchpoint.deleteMany({ where: { roleId: role.id, stageId: stage.id } });
  return {
    result: {},
    audit: {
      summary: `${role.name} ${edit.on ? "takes part in" : "no longer takes part in"} “${stage.name}”`,
      subjectType: "touchpoint",
      subjectId: `${role.id}:${stage.id}`,
      after: { role: role.key, stage: stage.key, touches: edit.on },
    },
  };
};
