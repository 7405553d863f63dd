/** What entering, changing and removing a reading share: the KPI (and department) and who may write them. */
import type { OrgAccess } from "@/lib/access/org-access";
import type { DbTx } from "@/lib/db/types";
import { NotFoundError } from "@/lib/errors";
import { assertCanEditDepartment } from "@/lib/inventory/inventory-powers";

/**
 * The KPI of the organisation (unknown: 404), once the member may edit its department — and the reading's
 * department, when it names one (unknown: a ValidationError on `department`) — as for changing the KPI.
 */
export async function readingScope(tx: DbTx, access: OrgAccess, kpiKey: string, departmentKey: string | undefined) {
  const kpi = await tx.kpi.findFirst({
    where: { organisationId: access.organisation.id, key: kpiKey },
    select: { id: true, key: true, name: true, department: { select: { key: true } } },
  });
  if (!kpi) throw new NotFoundError("KPI");
  await assertCanEditDepartment(tx, access, kpi.department.key);
  const department = departmentKey ? await assertCanEditDepartment(tx, access, departmentKey) : null;
  return { kpi, department };
}

export const readingSnapshot = (r: {
  period: string;
  value: number;
  target?: number | null;
  department?: string | null;
}) => ({
  period: r.period,
  value: r.value,
  target: r.target ?? null,
  department: r.department ?? null,
});
