/** Renames a process or a system (a KPI is changed whole, with update-kpi). Its key, and its influences, stay. */
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { OrgAccess } from "@/lib/access/org-access";
import { editableInventoryItem } from "./inventory-item";
import { KIND_NAMES } from "./rules/inventory-kinds";

export async function renameInventoryItem(
  access: OrgAccess,
  kind: "process" | "system",
  key: string,
  name: string,
): Promise<void> {
  await access.db.$transaction(async (tx) => {
    const item = await editableInventoryItem(tx, access, kind, key);
    if (kind === "process") await tx.process.update({ where: { id: item.id }, data: { name } });
    else await tx.system.update({ where: { id: item.id }, data: { name } });
    await recordAuditEvent(tx, access.organisation.id, access.actor, {
      action: `${kind}.renamed`,
      subjectType: kind,
      subjectId: item.id,
      summary: `Renamed the ${KIND_NAMES[kind]} “${item.name}” to “${name}”`,
      before: { name: item.name },
      after: { name },
    });
  });
}
