/**
 * Action items (DESIGN §3): owner, due date, status, the finding they address. Owners and executives
 * update any item; an item's owner (a member named on it) updates their own.
 */
import { can } from "@/lib/access/permissions";
import { isOverdue } from "@/lib/dashboard/rules/action-progress";
import { assertCan, type OrgAccess } from "@/lib/access/org-access";

export type ActionItemView = {
  key: string;
  title: string;
  owner: string | null;
  due: string | null;
  status: "open" | "in_progress" | "done";
  finding: string | null;
  /** The what-if scenario it came from, when the member may open it (their own, or shared). */
  scenario: { id: string; name: string } | null;
  overdue: boolean;
  mayUpdate: boolean;
};

export async function listActionItems(access: OrgAccess, today: Date = new Date()): Promise<ActionItemView[]> {
  assertCan(access, "organisation:read");
  const rows = await access.db.actionItem.findMany({
    where: { organisationId: access.organisation.id },
    orderBy: [{ due: "asc" }, { key: "asc" }],
    include: { scenario: { select: { id: true, name: true, shared: true, createdById: true } } },
  });
  const mayUpdateAll = can(access.membership.role, "actions:update");
  return rows
    .map((a) => {
      const due = a.due?.toISOString().slice(0, 10) ?? null;
      return {
        key: a.key,
        title: a.title,
        owner: a.owner,
        due,
        status: a.status,
        finding: a.finding,
        scenario:
          a.scenario && (a.scenario.shared || a.scenario.createdById === access.actor.id)
            ? { id: a.scenario.id, name: a.scenario.name }
            : null,
        overdue: isOverdue({ status: a.status, due: due ?? undefined }, today),
        mayUpdate: mayUpdateAll || a.owner === access.actor.email.toLowerCase(),
      };
    })
    .sort((a, b) => Number(b.overdue) - Number(a.overdue) || Number(a.status === "done") - Number(b.status === "done"));
}
