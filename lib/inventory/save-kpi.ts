import type { z } from "zod";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { DbTx } from "@/lib/db/types";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { uniqueKey } from "@/lib/model/edits/unique-key";
import type { OrgAccess } from "@/lib/access/org-access";
import type { kpiInput } from "./inventory-input";
import { assertCanEditDepartment } from "./inventory-powers";

type KpiInput = z.infer<typeof kpiInput>;

async function measuredRoleIds(tx: DbTx, organisationId: string, keys: string[]) {
  const roles = await tx.role.findMany({ where: { organisationId, key: { in: [...new Set(keys)] } }, select: { id: true, key: true } });
  const missing = [...new Set(keys)].find((key) => !roles.some((r) => r.key === key));
  if (missing) throw new ValidationError("measuredRoles", `No role with key "${missing}".`);
  return roles;
}

/** The KPI's own columns from the input (its department resolved to an id). */
function kpiColumns(input: KpiInput, departmentId: string) {
  return {
    name: input.name,
    definition: input.definition ?? null,
    unit: input.unit ?? null,
    direction: input.direction,
    departmentId,
    payLinked: input.payLinked,
    horizon: input.horizon,
    category: input.category,
  };
}

function snapshot(input: KpiInput) {
  return { ...input, measuredRoles: [...new Set(input.measuredRoles)].sort() };
}

/** Adds a KPI to the inventory (owners, or department heads for their own departments). */
export async function createKpi(access: OrgAccess, input: KpiInput): Promise<{ key: string }> {
  const organisationId = access.organisation.id;
  return access.db.$transaction(async (tx) => {
    const department = await assertCanEditDepartment(tx, access, input.department);
    const roles = await measuredRoleIds(tx, organisationId, input.measuredRoles);
    const key = uniqueKey(input.name, (await tx.kpi.findMany({ where: { organisationId }, select: { key: true } })).map((k) => k.key));
    const kpi = await tx.kpi.create({
      data: { organisationId, key, ...kpiColumns(input, department.id), measuredRoles: { create: roles.map((r) => ({ roleId: r.id })) } },
    });
    await recordAuditEvent(tx, organisationId, access.actor, { action: "kpi.created", subjectType: "kpi", subjectId: kpi.id, summary: `Added the KPI “${input.name}” to ${department.name}`, after: { key, ...snapshot(input) } });
    return { key };
  });
}

/** Changes a KPI; the editor must be able to edit both its old and its new department. */
export async function updateKpi(access: OrgAccess, key: string, input: KpiInput): Promise<{ key: string }> {
  const organisationId = access.organisation.id;
  return access.db.$transaction(async (tx) => {
    const kpi = await tx.kpi.findFirst({ where: { organisationId, key }, include: { department: true, measuredRoles: { include: { role: true } } } });
    if (!kpi) throw new NotFoundError("KPI");
    await assertCanEditDepartment(tx, access, kpi.department.key);
    const department = await assertCanEditDepartment(tx, access, input.department);
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
      after: snapshot(input),
    });
    return { key };
  });
}
