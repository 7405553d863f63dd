/**
 * Who may triage a report: the matrix's `obstacles:triage`, in the report's department. A report that names
 * no department is the owners' (reach everywhere) — a head never sees a say over work that is not theirs.
 */
import type { DepartmentTree } from "@/lib/access/department-tree";
import { can, type Member, reachOf } from "@/lib/access/permissions";

export function mayTriage(member: Member, departmentId: string | null, tree: DepartmentTree): boolean {
  if (departmentId === null) return reachOf(member.role, "obstacles:triage") === "everywhere";
  return can(member, "obstacles:triage", { department: departmentId, tree });
}
