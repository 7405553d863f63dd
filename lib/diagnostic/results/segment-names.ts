/**
 * The names of the organisation's departments and roles by key: a breakdown's segments are named with
 * them, and a head's scope (department keys) with the departments'.
 */
import "server-only";
import { assertCan, type OrgAccess } from "@/lib/access/org-access";
import type { BreakdownField } from "../score-results";

export type SegmentNames = { departments: Map<string, string>; segments: Map<string, string> };

export async function segmentNames(access: OrgAccess, by: BreakdownField | undefined): Promise<SegmentNames> {
  assertCan(access, "results:read");
  const where = { organisationId: access.organisation.id };
  const select = { key: true, name: true } as const;
  const [departments, roles] = await Promise.all([
    access.db.department.findMany({ where, select }),
    by === "role" ? access.db.role.findMany({ where, select }) : [],
  ]);
  const departmentNames = new Map(departments.map((row) => [row.key, row.name]));
  return {
    departments: departmentNames,
    segments:
      by === "role"
        ? new Map(roles.map((row) => [row.key, row.name]))
        : by === "department"
          ? departmentNames
          : new Map(),
  };
}
