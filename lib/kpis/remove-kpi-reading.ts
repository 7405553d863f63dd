/** Removes a KPI's reading. */
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { NotFoundError } from "@/lib/errors";
import type { OrgAccess } from "@/lib/access/org-access";
import { readingScope, readingSnapshot } from "./reading-scope";

export async function removeKpiReading(access: OrgAccess, kpiKey: string, readingId: string): Promise<void> {
  const organisationId = access.organisation.id;
  await access.db.$transaction(async (tx) => {
    const { kpi } = await readingScope(tx, access, kpiKey, undefined);
    const reading = await tx.kpiReading.findFirst({
      where: { id: readingId, kpiId: kpi.id, organisationId },
      include: { department: { select: { key: true } } },
    });
    if (!reading) throw new NotFoundError("Reading");
    if (reading.department) await readingScope(tx, access, kpiKey, reading.department.key);
    await tx.kpiReading.delete({ where: { id: reading.id } });
    await recordAuditEvent(tx, organisationId, access.actor, {
      action: "kpi.reading-removed",
      subjectType: "kpi",
      subjectId: kpi.id,
      summary: `Removed the reading of “${kpi.name}” for ${reading.period}`,
      before: readingSnapshot({ ...reading, department: reading.department?.key }),
    });
  });
}
