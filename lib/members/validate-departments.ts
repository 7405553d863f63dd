import type { DbTx } from "@/lib/db/types";
import { ValidationError } from "@/lib/errors";
import type { MemberRoleInput } from "./input";

/**
 * A department head needs at least one department, all of this organisation; other roles hold none.
 * Returns the departments to assign.
 */
export async function validateDepartmentScope(
  tx: DbTx,
  organisationId: string,
  input: MemberRoleInput,
): Promise<DepartmentRef[]> {
  if (input.role !== "department_head") return [];
  const ids = [...new Set(input.departmentIds)];
  if (ids.length === 0) throw new ValidationError("departmentIds", "A department head needs at least one department.");
  const found = await tx.department.findMany({
    where: { organisationId, id: { in: ids } },
    select: { id: true, name: true },
    orderBy: { name: "asc" },
  });
  if (found.length !== ids.length)
    throw new ValidationError("departmentIds", "Unknown department for this organisation.");
  return found;
}

export type DepartmentRef = { id: string; name: string };

/** Department names for audit snapshots: readable in the log, unlike ids. */
export const departmentNames = (departments: { name: string }[]) => departments.map((d) => d.name).sort();
