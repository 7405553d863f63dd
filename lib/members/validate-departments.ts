import type { DbTx } from "@/lib/db/types";
import { ValidationError } from "@/lib/errors";
import type { MemberRoleInput } from "./member-input";

/**
 * A department head needs at least one department, all of this organisation; other roles hold none.
 * Returns the department ids to store.
 */
export async function validateDepartmentScope(tx: DbTx, organisationId: string, input: MemberRoleInput): Promise<string[]> {
  if (input.role !== "department_head") return [];
  const ids = [...new Set(input.departmentIds)];
  if (ids.length === 0) throw new ValidationError("departmentIds", "A department head needs at least one department.");
  const found = await tx.department.count({ where: { organisationId, id: { in: ids } } });
  if (found !== ids.length) throw new ValidationError("departmentIds", "Unknown department for this organisation.");
  return ids;
}
