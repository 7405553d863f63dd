/** Adds a KPI to the inventory. */
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { uniqueKey } from "@/lib/model/rules/unique-key";
import type { OrgAccess } from "@/lib/access/org-access";
import { assertCanEditDepartment } from "./inventory-powers";
import { refuseTakenKpiName, whileNameFree } from "./kpi-name";
import { type KpiInput, kpiColumns, kpiSnapshot, measuredRoleIds } from "./kpi-fields";

/** Adds a KPI to the inventory (owners, or department heads for their own departments). */
export async function createKpi(access: OrgAccess, input: KpiInput): Promise<{ key: string }> {
  const organisationId = access.organisation.id;
  const write = () =>
    access.db.$transaction(async (tx) => {
      const department = await assertCanEditDepartment(tx, access, input.department);
      await refuseTakenKpiName(tx, organisationId, input.name);
      const roles = await measuredRoleIds(tx, organisationId, input.measuredRoles);
      const key = uniqueKey(
        input.name,
        (await tx.kpi.findMany({ where: { organisationId }, select: { key: true } })).map((k) => k.key),
      );
      const kpi = await tx.kpi.create({
        data: {
          organisationId,
          key,
          ...kpiColumns(input, department.id),
          measuredRoles: { create: roles.map((r) => ({ roleId: r.id })) },
        },
      });
      await recordAuditEvent(tx, organisationId, access.actor, {
        action: "kpi.created",
        subjectType: "kpi",
        subjectId: kpi.id,
        summary: `Added the KPI “${input.name}” to ${department.name}`,
        after: { key, ...kpiSnapshot(input) },
      });
      return { key };
    });
  return whileNameFree(access.db, organisationId, input.name, write);
}
