/** Changes a KPI of the inventory. */
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { NotFoundError } from "@/lib/errors";
import type { OrgAccess } from "@/lib/access/org-access";
import { assertCanEditDepartment } from "./inventory-powers";
import { refuseTakenKpiName, whileNameFree } from "./kpi-name";
import { type KpiInput, kpiColumns, kpiSnapshot, measuredRoleIds } from "./kpi-fields";

/** Changes a KPI; the editor must be able to edit both its old and its new department. */
export async function updateKpi(access: OrgAccess, key: string, input: KpiInput): Promise<{ key: string }> {
  const organisationId = access.organisation.id;
  let kpiId: string | undefined;
  const write = () =>
    access.db.$transaction(async (tx) => {
      const kpi = await tx.kpi.findFirst({
        where: { organisationId, key },
        include: { department: true, measuredRoles: { include: { role: true } } },
      });
      if (!kpi) throw new NotFoundError("KPI");
      await assertCanEditDepartment(tx, access, kpi.department.key);
      const department = await assertCanEditDepartment(tx, access, input.department);
      kpiId = kpi.id;
      await refuseTakenKpiName(tx, organisationId, input.name, kpi.id);
      const roles = await measuredRoleIds(tx, organisationId, input.measuredRoles);
      await tx.kpiMeasuredRole.deleteMany({ where: { kpiId: kpi.id } });
      await tx.kpi.update({
        where: { id: kpi.id },
        data: { ...kpiColumns(input, department.id), measuredRoles: { create: roles.map((r) => ({ roleId: r.id })) } },
      });
      await recordAuditEvent(tx, organisationId, access.actor, {
        action: "kpi.updated",
        subjectType: "kpi",
        subjectId: kpi.id,
        summary: `Changed the KPI “${kpi.name}”`,
        before: {
          name: kpi.name,
          definition: kpi.definition,
          unit: kpi.unit,
          direction: kpi.direction,
          department: kpi.department.key,
          measuredRoles: kpi.measuredRoles.map((m) => m.role.key).sort(),
          payLinked: kpi.payLinked,
          horizon: kpi.horizon,
          category: kpi.category,
        },
        after: kpiSnapshot(input),
      });
      return { key };
    });
  return whileNameFree(access.db, organisationId, input.name, write, () => kpiId);
}
