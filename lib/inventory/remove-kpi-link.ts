/** Removes the link from one KPI to another. */
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { NotFoundError } from "@/lib/errors";
import type { OrgAccess } from "@/lib/access/org-access";
import { kpiLinkEffectFromDb } from "@/lib/model/rules/references";
import { kpiPair } from "./kpi-pair";

export async function removeKpiLink(access: OrgAccess, fromKey: string, toKey: string): Promise<void> {
  const organisationId = access.organisation.id;
  await access.db.$transaction(async (tx) => {
    const { kpi: from, other: to } = await kpiPair(tx, access, fromKey, toKey, "to");
    const existing = await tx.kpiLink.findUnique({ where: { fromId_toId: { fromId: from.id, toId: to.id } } });
    if (!existing) throw new NotFoundError("Link");
    await tx.kpiLink.delete({ where: { fromId_toId: { fromId: from.id, toId: to.id } } });
    await recordAuditEvent(tx, organisationId, access.actor, {
      action: "kpi.link-removed",
      subjectType: "kpi",
      subjectId: from.id,
      summary: `“${from.name}” is no longer linked to “${to.name}”`,
      before: { from: from.key, to: to.key, effect: kpiLinkEffectFromDb(existing.effect) },
    });
  });
}
