import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { ConflictError } from "@/lib/errors";
import type { OrgAccess } from "@/lib/access/org-access";
import type { z } from "zod";
import type { updateBehaviourInput } from "./input";
import { assertEditor, findBehaviourOrThrow, powersOverRole } from "./behaviour-powers";
import { statusAfterEdit } from "./rules/behaviour-workflow";
import { resolveObjectives } from "./resolve-objectives";
import { versionRecord } from "./version-record";

export const STALE_EDIT =
  "Someone saved this behaviour after you opened it. Reload to see their version, then make your change again.";

/**
 * Saves new words for a behaviour as its next version. The save names the version it started from;
 * if another save came first it is refused (409), never silently overwritten.
 */
export async function updateBehaviour(
  access: OrgAccess,
  key: string,
  input: z.infer<typeof updateBehaviourInput>,
): Promise<{ version: number; status: string }> {
  const organisationId = access.organisation.id;
  return access.db.$transaction(async (tx) => {
    const behaviour = await findBehaviourOrThrow(tx, organisationId, key);
    const powers = await powersOverRole(tx, access, behaviour.role.departmentId);
    assertEditor(powers);
    if (behaviour.version !== input.expectedVersion) throw new ConflictError(STALE_EDIT, "expectedVersion");
    const objectives = await resolveObjectives(tx, organisationId, input.objectives);
    const status = statusAfterEdit(behaviour.status, powers.approver);
    const version = behaviour.version + 1;
    // The version in the WHERE makes the check and the write one atomic step.
    const written = await tx.behaviour.updateMany({
      where: { id: behaviour.id, version: input.expectedVersion },
      data: { action: input.action, why: input.why ?? null, evidence: input.evidence ?? null, status, version },
    });
    if (written.count !== 1) throw new ConflictError(STALE_EDIT, "expectedVersion");
    await tx.behaviourObjective.deleteMany({ where: { behaviourId: behaviour.id } });
    await tx.behaviourObjective.createMany({
      data: objectives.map((o) => ({ behaviourId: behaviour.id, objectiveId: o.id })),
    });
    await tx.behaviourVersion.create({
      data: {
        behaviourId: behaviour.id,
        ...versionRecord(
          version,
          input,
          status,
          objectives.map((o) => o.key),
          access.actor,
        ),
      },
    });
    await recordAuditEvent(tx, organisationId, access.actor, {
      action: "behaviour.edited",
      subjectType: "behaviour",
      subjectId: behaviour.id,
      summary: `Edited behaviour “${behaviour.key}” (version ${version})`,
      before: {
        action: behaviour.action,
        why: behaviour.why,
        evidence: behaviour.evidence,
        objectives: behaviour.objectives.map((o) => o.objective.key).sort(),
        status: behaviour.status,
      },
      after: {
        action: input.action,
        why: input.why ?? null,
        evidence: input.evidence ?? null,
        objectives: objectives.map((o) => o.key),
        status,
      },
    });
    return { version, status };
  });
}
