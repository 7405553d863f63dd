/** Which departments' results a member reads. */
import { departmentKeysInReach } from "@/lib/access/department-scope";
import { assertCan, type OrgAccess } from "@/lib/access/org-access";

/**
 * Department keys a member's results are limited to: null for everyone's (owners, executives, viewers);
 * a department head's departments (the view adds their sub-departments).
 */
export async function resultsScope(access: OrgAccess): Promise<string[] | null> {
  assertCan(access, "results:read");
  return departmentKeysInReach(access.db, access, "results:read");
}
