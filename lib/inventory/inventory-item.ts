/**
 * A KPI, process or system of the inventory, found by key within the organisation, once the member may
 * change it: KPIs and processes by their department (heads: their own), systems by owners and consultants.
 */
import { assertCan, type OrgAccess } from "@/lib/access/org-access";
import type { DbTx } from "@/lib/db/types";
import { NotFoundError } from "@/lib/errors";
import { assertCanEditDepartment } from "./inventory-powers";
import { type InventoryKind, kindTitle } from "./rules/inventory-kinds";

export async function editableInventoryItem(
  tx: DbTx,
  access: OrgAccess,
  kind: InventoryKind,
  key: string,
): Promise<{ id: string; name: string; influences: number }> {
  const where = { organisationId: access.organisation.id, key };
  const select = { id: true, name: true, _count: { select: { influences: true } } } as const;
  if (kind === "system") {
    assertCan(access, "model:edit");
    const system = await tx.system.findFirst({ where, select });
    if (!system) throw new NotFoundError(kindTitle(kind));
    return { id: system.id, name: system.name, influences: system._count.influences };
  }
  const item =
    kind === "kpi"
      ? await tx.kpi.findFirst({ where, select: { ...select, department: { select: { key: true } } } })
      : await tx.process.findFirst({ where, select: { ...select, department: { select: { key: true } } } });
  if (!item) throw new NotFoundError(kindTitle(kind));
  await assertCanEditDepartment(tx, access, item.department.key);
  return { id: item.id, name: item.name, influences: item._count.influences };
}
