/**
 * Applies a scenario to the organisation's model, on purpose and once: under the model lock, in one
 * transaction, the scenario's edits are checked against the model as it is now and written, with one audit
 * event listing them. A scenario already applied, or one whose edit no longer fits (someone removed the KPI
 * since), is a 409 naming the edit.
 */
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { assertCan, type OrgAccess } from "@/lib/access/org-access";
import { ConflictError } from "@/lib/errors";
import { readModel } from "@/lib/model/export-model";
import { applyScenario } from "./rules/apply-scenario";
import { describeEdit } from "./rules/describe-edit";
import { namesOf } from "./rules/scenario-names";
import { visibleScenario, storedEdits } from "./scenario-record";
import { writeScenarioEdits } from "./write-scenario-edits";

export async function applyScenarioToModel(
  access: OrgAccess,
  id: string,
): Promise<{ applied: number; appliedAt: string }> {
  assertCan(access, "scenarios:apply");
  const organisationId = access.organisation.id;
  return access.db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`model:${organisationId}`}))`;
    const scenario = await visibleScenario(tx, access, id);
    if (scenario.appliedAt) throw new ConflictError("This scenario has already been applied to the model.");
    const edits = storedEdits(scenario.edits);
    const model = await readModel(tx, organisationId, access.organisation.name);
    const names = namesOf(model);
    const fit = applyScenario(model, edits);
    if (!fit.ok) {
      const [problem] = fit.problems;
      const index = problem!.segments[1] as number;
      throw new ConflictError(
        `The model has changed since this scenario was drafted: “${describeEdit(edits[index]!, names)}” no longer fits (${problem!.message}).`,
        problem!.path,
      );
    }
    await writeScenarioEdits(tx, organisationId, edits);
    // Only one of two people applying at once gets here first: the second finds it applied.
    const marked = await tx.scenario.updateMany({
      where: { id: scenario.id, appliedAt: null },
      data: { appliedAt: new Date(), appliedById: access.actor.id },
    });
    if (marked.count !== 1) throw new ConflictError("This scenario has already been applied to the model.");
    const changes = edits.map((edit) => describeEdit(edit, names));
    await recordAuditEvent(tx, organisationId, access.actor, {
      action: "scenario.applied",
      subjectType: "scenario",
      subjectId: scenario.id,
      summary: `Applied the scenario “${scenario.name}”: ${changes.join("; ")}`,
      after: { scenario: scenario.name, edits, changes },
    });
    const applied = await tx.scenario.findUniqueOrThrow({ where: { id: scenario.id }, select: { appliedAt: true } });
    return { applied: edits.length, appliedAt: applied.appliedAt!.toISOString() };
  });
}
