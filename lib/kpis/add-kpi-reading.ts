/** Enters a KPI's reading for a month. */
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { ValidationError } from "@/lib/errors";
import type { OrgAccess } from "@/lib/access/org-access";
import type { KpiReadingInput } from "./input";
import { readingScope, readingSnapshot } from "./reading-scope";

export async function addKpiReading(
  access: OrgAccess,
  kpiKey: string,
  input: KpiReadingInput,
): Promise<{ id: string }> {
  const organisationId = access.organisation.id;
  return access.db.$transaction(async (tx) => {
    const { kpi, department } = await readingScope(tx, access, kpiKey, input.department);
    const existing = await tx.kpiReading.findFirst({
      where: { kpiId: kpi.id, period: input.period, departmentId: department?.id ?? null },
      select: { id: true },
    });
    if (existing)
      throw new ValidationError(
        "period",
        `“${kpi.name}” already has a reading for ${input.period}${department ? ` in ${department.name}` : ""}: change that one.`,
      );
    const { id } = await tx.kpiReading.create({
      data: {
        organisationId,
        kpiId: kpi.id,
        period: input.period,
        value: input.value,
        target: input.target ?? null,
        departmentId: department?.id ?? null,
      },
    });
    await recordAuditEvent(tx, organisationId, access.actor, {
      action: "kpi.reading-added",
      subjectType: "kpi",
      subjectId: kpi.id,
      summary: `Entered ${input.value} for “${kpi.name}” in ${input.period}${department ? ` (${department.name})` : ""}`,
      after: readingSnapshot(input),
    });
    return { id };
  });
}
