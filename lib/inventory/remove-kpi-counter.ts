/** Takes a counter off a KPI. */
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { NotFoundError } from "@/lib/errors";
import type { OrgAccess } from "@/lib/access/org-access";
import { kpiPair } from "./kpi-pair";

export async function removeKpiCounter(access: OrgAccess, key: string, counterKey: string): Promise<void> {
  const organisationId = access.organisation.id;
  await access.db.$transaction(async (tx) => {
    const { kpi, other: counter } = await kpiPair(tx, access, key, counterKey, "counter");
    const { count } = await tx.kpiCounter.deleteMany({ where: { kpiId: kpi.id, counterId: counter.id } });
    if (count === 0) throw new NotFoundError("Counter");
    await recordAuditEvent(tx, organisationId, access.actor, {
      action: "kpi.counter-removed",
      subjectType: "kpi",
      subjectId: kpi.id,
      summary: `“${counter.name}” no longer counters “${kpi.name}”`,
      before: { kpi: kpi.key, counter: counter.key },
    });
  });
}
