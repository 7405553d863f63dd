/** Updates an action item's status or due date: owners and executives any item, a member the items they own. */
import type { z } from "zod";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { can } from "@/lib/access/permissions";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { assertCan, type OrgAccess } from "@/lib/access/org-access";
import type { actionUpdateInput } from "./input";

export async function updateActionItem(
  access: OrgAccess,
  key: string,
  input: z.infer<typeof actionUpdateInput>,
): Promise<void> {
  assertCan(access, "organisation:read");
  const organisationId = access.organisation.id;
  await access.db.$transaction(async (tx) => {
    const item = await tx.actionItem.findFirst({ where: { organisationId, key } });
    if (!item) throw new NotFoundError("Action item");
    if (!can(access.membership.role, "actions:update") && item.owner !== access.actor.email.toLowerCase())
      throw new ForbiddenError("Only its owner, owners and executives update an action item.");
    const due = input.due === undefined ? item.due : input.due === null ? null : new Date(`${input.due}T00:00:00Z`);
    await tx.actionItem.update({ where: { id: item.id }, data: { status: input.status ?? item.status, due } });
    await recordAuditEvent(tx, organisationId, access.actor, {
      action: "action.updated",
      subjectType: "action",
      subjectId: item.id,
      summary: `Updated the action “${item.title}”${input.status ? ` to ${input.status.replace("_", " ")}` : ""}${input.due !== undefined ? `, due ${input.due ?? "(none)"}` : ""}`,
      before: { status: item.status, due: item.due?.toISOString().slice(0, 10) ?? null },
      after: { status: input.status ?? item.status, due: due?.toISOString().slice(0, 10) ?? null },
    });
  });
}
