/**
 * The permission matrix: every action a member can take, the roles allowed to take it, and how far each
 * role's permission reaches — everywhere, or only in the departments the member is assigned and the
 * departments below them. Pages, route handlers, services and navigation all ask `can()`; nothing else
 * decides who may do what.
 */
import type { DepartmentTree } from "./department-tree";
import type { MemberRole } from "./roles";

/** How far a role's permission reaches. */
export type Reach = "everywhere" | "own-departments";

const E = "everywhere" as const;
const OWN = "own-departments" as const;

export const PERMISSIONS = {
  "organisation:read": { owner: E, executive: E, department_head: E, viewer: E },
  "organisation:update": { owner: E },
  "members:read": { owner: E, executive: E, department_head: E, viewer: E },
  "members:manage": { owner: E },
  "audit:read": { owner: E, executive: E },
  /** The whole model at once: import, structure (departments, roles, stages), lexicon. */
  "model:edit": { owner: E },
  /** A department's entries: its roles' behaviours, its KPIs, processes and systems, their influences. */
  "model:edit-department": { owner: E, department_head: OWN },
  "behaviours:approve": { owner: E, executive: E },
  /** Any workflow step: editors propose, approvers approve — lib/behaviours decides which. */
  "behaviours:transition": { owner: E, executive: E, department_head: E },
  /** Instruments, waves and invitations. */
  "diagnostic:manage": { owner: E },
  /** A wave's results: department heads see the groups within their own departments (DESIGN §4.1.1). */
  "results:read": { owner: E, executive: E, department_head: OWN, viewer: E },
  "comments:write": { owner: E, executive: E },
  /** Acknowledge or dismiss a finding, and turn it into an action item. */
  "findings:review": { owner: E, executive: E },
  "actions:own": { owner: E, executive: E },
  /** Draft what-if scenarios (heads: only edits whose KPIs, processes, systems and behaviours are in their departments). */
  "scenarios:draft": { owner: E, executive: E, department_head: OWN },
  /** Apply a scenario's edits to the model (audited). */
  "scenarios:apply": { owner: E, executive: E },
  /** Change an action item's status or due date (an item's owner may too — lib/actions decides). */
  "actions:update": { owner: E, executive: E },
  /** Customer stories: write, edit, remove. */
  "stories:write": { owner: E, executive: E, department_head: E },
  /** Record that people of a role worked a customer-facing shift, listened in or met customers. */
  "exposure:record": { owner: E, executive: E, department_head: OWN },
  /** Run an empathy workshop and turn its moments into customer stories. */
  "workshops:run": { owner: E },
  /** Read the organisation's mail kept in the outbox when no mail server is configured (invitation links are in it). */
  "outbox:read": { owner: E },
  /** Report an obstacle to serving the customer: every member (anyone else through the obstacle link). */
  "obstacles:report": { owner: E, executive: E, department_head: E, viewer: E },
  /**
   * Triage obstacle reports: answer, merge, decline, turn into the inventory. Heads: the reports of their
   * departments (a report names one when its reporter or an owner chose it; one without is the owners').
   */
  "obstacles:triage": { owner: E, department_head: OWN },
  /** Show, copy and replace the organisation's obstacle link. */
  "obstacles:link": { owner: E },
} as const satisfies Record<string, Partial<Record<MemberRole, Reach>>>;

export type Action = keyof typeof PERMISSIONS;

/** The acting member as the matrix sees them: a role, and for department-scoped roles their departments (by id or key, as the tree). */
export type Member = { role: MemberRole; departmentIds?: readonly string[] };

/** Where an action is taken: a department, in a tree keyed the same way as the member's departments. */
export type DepartmentScope = { department: string; tree: DepartmentTree };

export function reachOf(role: MemberRole, action: Action): Reach | undefined {
  return (PERMISSIONS[action] as Partial<Record<MemberRole, Reach>>)[role];
}

/**
 * Whether a member may take `action`. Without a scope: anywhere at all (enough to open the page or call
 * the route; the service asks again with the department). With a scope: in that department.
 */
export function can(who: MemberRole | Member, action: Action, scope?: DepartmentScope): boolean {
  const member = typeof who === "string" ? { role: who } : who;
  const reach = reachOf(member.role, action);
  if (!reach) return false;
  if (reach === "everywhere" || !scope) return true;
  return scope.tree.isWithinAny(scope.department, new Set(member.departmentIds ?? []));
}

/** The departments an action reaches for a member: null for everywhere, else the member's departments and those below them. */
export function departmentsInReach(
  member: Member,
  action: Action,
  tree: DepartmentTree,
  all: Iterable<string>,
): string[] | null {
  const reach = reachOf(member.role, action);
  if (reach === "everywhere") return null;
  if (!reach) return [];
  return [...all].filter((department) => can(member, action, { department, tree }));
}
