import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { ConflictError, ForbiddenError, ValidationError } from "@/lib/errors";
import type { OrgAccess } from "@/lib/access/org-access";
import type { z } from "zod";
import type { transitionBehaviourInput } from "./input";
import { findBehaviourOrThrow, powersOverRole } from "./behaviour-powers";
import { findTransition } from "./rules/behaviour-workflow";
import { STALE_EDIT } from "./update-behaviour";
import { versionRecord } from "./version-record";

/** Moves a behaviour through its workflow (propose, approve, send back, retire…), kept as a version. */
export async function transitionBehaviour(
  access: OrgAccess,
  key: string,
  input: z.infer<typeof transitionBehaviourInput>,
): Promise<{ version: number; status: string }> {
  const organisationId = access.organisation.id;
  return access.db.$transaction(async (tx) => {
    const behaviour = await findBehaviourOrThrow(tx, organisationId, key);
    const powers = await powersOverRole(tx, access, behaviour.role.departmentId);
    const transition = findTransition(behaviour.status, input.to, powers);
    if (!transition) {
      if (!powers.editor && !powers.approver)
        throw new ForbiddenError("You can change the behaviours of your own departments' roles only.");
      throw new ValidationError("to", `A ${behaviour.status} behaviour cannot become ${input.to} by your hand.`);
    }
    if (transition.needsComment && !input.comment)
      throw new ValidationError("comment", "Say what needs to change before sending it back.");
    if (behaviour.version !== input.expectedVersion) throw new ConflictError(STALE_EDIT, "expectedVersion");
    const version = behaviour.version + 1;
    const written = await tx.behaviour.updateMany({
      where: { id: behaviour.id, version: input.expectedVersion },
      data: { status: input.to, version },
    });
    if (written.count !== 1) throw new ConflictError(STALE_EDIT, "expectedVersion");
    await tx.behaviourVersion.create({
      data: {
        behaviourId: behaviour.id,
        ...versionRecord(
          version,
          behaviour,
          input.to,
          behaviour.objectives.map((o) => o.objective.key).sort(),
          access.actor,
          input.comment ?? null,
        ),
      },
    });
    await recordAuditEvent(tx, organisationId, access.actor, {
      action: `behaviour.${input.to}`,
      subjectType: "behaviour",
      subjectId: behaviour.id,
      summary: `${transition.label}: “${behaviour.key}”${input.comment ? ` — ${input.comment}` : ""}`,
      before: { status: behaviour.status },
      after: { status: input.to, ...(input.comment ? { comment: input.comment } : {}) },
    });
    return { version, status: input.to };
  });
}
