/** Says that another KPI catches the damage a KPI can do (DESIGN §4.2: `kpis[].counters`). */
import type { z } from "zod";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { ValidationError } from "@/lib/errors";
import type { OrgAccess } from "@/lib/access/org-access";
import type { kpiCounterInput } from "./input";
import { kpiPair } from "./kpi-pair";

export async function addKpiCounter(
  access: OrgAccess,
  key: string,
  input: z.infer<typeof kpiCounterInput>,
): Promise<{ kpi: string; counter: string }> {
  const organisationId = access.organisation.id;
  return access.db.$transaction(async (tx) => {
    const { kpi, other: counter } = await kpiPair(tx, access, key, input.counter, "counter");
    const existing = await tx.kpiCounter.findUnique({
      where: { kpiId_counterId: { kpiId: kpi.id, counterId: counter.id } },
    });
    if (existing)
      throw new ValidationError("counter", `“${counter.name}” already counters “${kpi.name}” ("${input.counter}").`);
    await tx.kpiCounter.create({ data: { kpiId: kpi.id, counterId: counter.id } });
    await recordAuditEvent(tx, organisationId, access.actor, {
      action: "kpi.counter-added",
      subjectType: "kpi",
      subjectId: kpi.id,
      summary: `“${counter.name}” now counters “${kpi.name}”`,
      after: { kpi: kpi.key, counter: counter.key },
    });
    return { kpi: kpi.key, counter: counter.key };
  });
}
