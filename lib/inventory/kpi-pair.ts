/** What adding or removing a counter or a KPI link share: the two KPIs, found in the organisation, and who may edit. */
import type { OrgAccess } from "@/lib/access/org-access";
import type { DbTx } from "@/lib/db/types";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { assertCanEditDepartment } from "./inventory-powers";

export type KpiRef = { id: string; key: string; name: string };

/**
 * The KPI whose page it is (unknown here: 404) and the other KPI (unknown: a ValidationError on `field`).
 * The editor must be able to edit the first KPI's department, as for changing the KPI itself.
 */
export async function kpiPair(
  tx: DbTx,
  access: OrgAccess,
  key: string,
  otherKey: string,
  field: string,
): Promise<{ kpi: KpiRef; other: KpiRef }> {
  const organisationId = access.organisation.id;
  const kpi = await tx.kpi.findFirst({
    where: { organisationId, key },
    select: { id: true, key: true, name: true, department: { select: { key: true } } },
  });
  if (!kpi) throw new NotFoundError("KPI");
  await assertCanEditDepartment(tx, access, kpi.department.key);
  if (otherKey === key) throw new ValidationError(field, `“${kpi.name}” cannot be paired with itself ("${otherKey}").`);
  const other = await tx.kpi.findFirst({
    where: { organisationId, key: otherKey },
    select: { id: true, key: true, name: true },
  });
  if (!other) throw new ValidationError(field, `No KPI with key "${otherKey}".`);
  return { kpi: { id: kpi.id, key: kpi.key, name: kpi.name }, other };
}
