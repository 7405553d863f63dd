/**
 * Action items (DESIGN §3): owner, due date, status, the finding they address. Owners and executives
 * update any item; an item's owner (a member named on it) updates their own.
 */
import { z } from "zod";
import { calendarDay } from "@/lib/validation/database-ranges";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { can } from "@/lib/access/permissions";
import { isOverdue } from "@/lib/dashboard/action-progress";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { assertCan, type OrgAccess } from "@/lib/access/org-access";

export const actionUpdateInput = z
  .object({
    status: z.enum(["open", "in_progress", "done"], { message: "Open, in progress or done" }).optional(),
    due: calendarDay("A date (YYYY-MM-DD)").nullable().optional(),
  })
  .refine((u) => u.status !== undefined || u.due !== undefined, { message: "Change the status or the due date", path: ["status"] });

export type ActionItemView = { key: string; title: string; owner: string | null; due: string | null; status: "open" | "in_progress" | "done"; finding: string | null; overdue: boolean; mayUpdate: boolean };

export async function listActionItems(access: OrgAccess, today: Date = new Date()): Promise<ActionItemView[]> {
  assertCan(access, "organisation:read");
  const rows = await access.db.actionItem.findMany({ where: { organisationId: access.organisation.id }, orderBy: [{ due: "asc" }, { key: "asc" }] });
  const mayUpdateAll = can(access.membership.role, "actions:update");
  return rows
    .map((a) => {
      const due = a.due?.toISOString().slice(0, 10) ?? null;
      return { key: a.key, title: a.title, owner: a.owner, due, status: a.status, finding: a.finding, overdue: isOverdue({ status: a.status, due: due ?? undefined }, today), mayUpdate: mayUpdateAll || a.owner === access.actor.email.toLowerCase() };
    })
    .sort((a, b) => Number(b.overdue) - Number(a.overdue) || Number(a.status === "done") - Number(b.status === "done"));
}

export async function updateActionItem(access: OrgAccess, key: string, input: z.infer<typeof actionUpdateInput>): Promise<void> {
  assertCan(access, "organisation:read");
  const organisationId = access.organisation.id;
  await access.db.$transaction(async (tx) => {
    const item = await tx.actionItem.findFirst({ where: { organisationId, key } });
    if (!item) throw new NotFoundError("Action item");
    if (!can(access.membership.role, "actions:update") && item.owner !== access.actor.email.toLowerCase()) throw new ForbiddenError("Only its owner, owners and executives update an action item.");
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
