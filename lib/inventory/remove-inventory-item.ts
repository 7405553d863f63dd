/**
 * Removes a KPI, process or system, and with it the influences it had on behaviours (the findings they
 * made go with them). One transaction; audited with what was removed.
 */
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { OrgAccess } from "@/lib/access/org-access";
import { count } from "@/lib/text/plural";
import { editableInventoryItem } from "./inventory-item";
import { type InventoryKind, KIND_NAMES } from "./rules/inventory-kinds";

export async function removeInventoryItem(
  access: OrgAccess,
  kind: InventoryKind,
  key: string,
): Promise<{ influencesRemoved: number }> {
  return access.db.$transaction(async (tx) => {
    const item = await editableInventoryItem(tx, access, kind, key);
    // Influences go by the foreign key's cascade, in this same statement.
    if (kind === "kpi") await tx.kpi.delete({ where: { id: item.id } });
    else if (kind === "process") await tx.process.delete({ where: { id: item.id } });
    else await tx.system.delete({ where: { id: item.id } });
    await recordAuditEvent(tx, access.organisation.id, access.actor, {
      action: `${kind}.removed`,
      subjectType: kind,
      subjectId: item.id,
      summary: `Removed the ${KIND_NAMES[kind]} “${item.name}”${item.influences ? ` and its ${count(item.influences, "influence")}` : ""}`,
      before: { key, name: item.name, influences: item.influences },
    });
    return { influencesRemoved: item.influences };
  });
}
