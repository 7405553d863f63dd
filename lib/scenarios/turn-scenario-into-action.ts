/** Turns a scenario into an action item: titled with its name, linked to it, owned by the member unless another is named. */
import type { z } from "zod";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { assertCan, type OrgAccess } from "@/lib/access/org-access";
import { ValidationError } from "@/lib/errors";
import { uniqueKey } from "@/lib/model/rules/unique-key";
import type { scenarioActionInput } from "./input";
import { visibleScenario } from "./scenario-record";

export async function turnScenarioIntoAction(
  access: OrgAccess,
  id: string,
  input: z.infer<typeof scenarioActionInput>,
): Promise<{ key: string; title: string }> {
  assertCan(access, "actions:own");
  const organisationId = access.organisation.id;
  return access.db.$transaction(async (tx) => {
    const scenario = await visibleScenario(tx, access, id);
    const owner = (input.owner ?? access.actor.email).toLowerCase();
    const member = await tx.membership.findFirst({ where: { organisationId, user: { email: owner } } });
    if (!member) throw new ValidationError("owner", `The owner must be a member of this organisation ("${owner}").`);
    const title = input.title ?? scenario.name;
    const key = uniqueKey(
      title,
      (await tx.actionItem.findMany({ where: { organisationId }, select: { key: true } })).map((a) => a.key),
    );
    const action = await tx.actionItem.create({
      data: {
        organisationId,
        key,
        title,
        owner,
        due: input.due ? new Date(`${input.due}T00:00:00Z`) : null,
        status: "open",
        scenarioId: scenario.id,
      },
    });
    await recordAuditEvent(tx, organisationId, access.actor, {
      action: "action.created",
      subjectType: "action",
      subjectId: action.id,
      summary: `Created the action “${title}” for ${owner} from the scenario “${scenario.name}”`,
      after: { key, title, owner, due: input.due ?? null, scenario: scenario.id },
    });
    return { key, title };
  });
}
