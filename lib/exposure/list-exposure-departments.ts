/** Where the member may record exposure. */
import { departmentKeysInReach } from "@/lib/access/department-scope";
import { type OrgAccess } from "@/lib/access/org-access";

/** The departments whose roles the member may record exposure for: null for all of them. */
export function exposureDepartments(access: OrgAccess): Promise<string[] | null> {
  return departmentKeysInReach(access.db, access, "exposure:record");
}
