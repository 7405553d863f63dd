/** Changes a KPI's reading (its month, value, target or department). */
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { NotFoundError, ValidationError } from "@/lib/errors";
import type { OrgAccess } from "@/lib/access/org-access";
import type { KpiReadingInput } from "./input";
import { readingScope, readingSnapshot } from "./reading-scope";

export async function updateKpiReading(
  access: OrgAccess,
  kpiKey: string,
  readingId: string,
  input: KpiReadingInput,
): Promise<{ id: string }> {
  const organisationId = access.organisation.id;
  return access.db.$transaction(async (tx) => {
    const { kpi, department } = await readingScope(tx, access, kpiKey, input.department);
    const reading = await tx.kpiReading.findFirst({
      where: { id: readingId, kpiId: kpi.id, organisationId },
      include: { department: { select: { key: true } } },
    });
    if (!reading) throw new NotFoundError("Reading");
    // Its old department must be one the member may edit too.
    if (reading.department) await readingScope(tx, access, kpiKey, reading.department.key);
    const clash = await tx.kpiReading.findFirst({
      where: { kpiId: kpi.id, period: input.period, departmentId: department?.id ?? null, id: { not: reading.id } },
      select: { id: true },
    });
    if (clash) throw new ValidationError("period", `“${kpi.name}” already has another reading for ${input.period}.`);
    await tx.kpiReading.update({
      where: { id: reading.id },
      data: {
        period: input.period,
        value: input.value,
        target: input.target ?? null,
        departmentId: department?.id ?? null,
      },
    });
    await recordAuditEvent(tx, organisationId, access.actor, {
      action: "kpi.reading-updated",
      subjectType: "kpi",
      subjectId: kpi.id,
      summary: `Changed the reading of “${kpi.name}” for ${input.period}`,
      before: readingSnapshot({ ...reading, department: reading.department?.key }),
      after: readingSnapshot(input),
    });
    return { id: reading.id };
  });
}
