/**
 * The permission matrix: every action a member can take, and the roles allowed to take it. Pages,
 * route handlers and navigation all ask `can()`; nothing else decides who may do what.
 */
import type { MemberRole } from "./roles";

export const PERMISSIONS = {
  "organisation:read": ["owner", "executive", "department_head", "viewer"],
  "organisation:update": ["owner"],
  "members:read": ["owner", "executive", "department_head", "viewer"],
  "members:manage": ["owner"],
  "audit:read": ["owner", "executive"],
  "model:edit": ["owner"],
  "model:edit-own-departments": ["owner", "department_head"],
  "behaviours:approve": ["owner", "executive"],
  /** Any workflow step: editors propose, approvers approve — lib/behaviours decides which. */
  "behaviours:transition": ["owner", "executive", "department_head"],
  /** Instruments, waves and invitations. */
  "diagnostic:manage": ["owner"],
  "results:read-all": ["owner", "executive", "viewer"],
  "results:read-own-departments": ["owner", "executive", "department_head", "viewer"],
  "comments:write": ["owner", "executive"],
  /** Acknowledge or dismiss a finding, and turn it into an action item. */
  "findings:review": ["owner", "executive"],
  "actions:own": ["owner", "executive"],
  /** Change an action item's status or due date (an item's owner may too — lib/actions decides). */
  "actions:update": ["owner", "executive"],
  /** Customer stories: write, edit, remove. */
  "stories:write": ["owner", "executive", "department_head"],
  /** Record that people of a role worked a customer-facing shift, listened in or met customers. */
  "exposure:record": ["owner", "executive", "department_head"],
  /** Run an empathy workshop and turn its moments into customer stories. */
  "workshops:run": ["owner"],
  /** Read the organisation's mail kept in the outbox when no mail server is configured (invitation links are in it). */
  "outbox:read": ["owner"],
} as const satisfies Record<string, readonly MemberRole[]>;

export type Action = keyof typeof PERMISSIONS;

export function can(role: MemberRole, action: Action): boolean {
  return (PERMISSIONS[action] as readonly MemberRole[]).includes(role);
}

export type DepartmentNode = { id: string; parentId: string | null };

/**
 * Whether a member may edit a department's entries: owners everywhere, department heads in the
 * departments they are assigned and their sub-departments.
 */
export function canEditDepartment(
  member: { role: MemberRole; departmentIds: readonly string[] },
  departmentId: string,
  departments: readonly DepartmentNode[],
): boolean {
  if (member.role === "owner") return true;
  if (member.role !== "department_head") return false;
  const parentOf = new Map(departments.map((d) => [d.id, d.parentId]));
  const assigned = new Set(member.departmentIds);
  const seen = new Set<string>();
  for (let current: string | null | undefined = departmentId; current && !seen.has(current); current = parentOf.get(current)) {
    if (assigned.has(current)) return true;
    seen.add(current);
  }
  return false;
}
