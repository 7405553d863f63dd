/** Says that pushing one KPI up helps another (reinforces) or costs it (trades off) — DESIGN §4.2 `kpiLinks`. */
import type { z } from "zod";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { ValidationError } from "@/lib/errors";
import type { OrgAccess } from "@/lib/access/org-access";
import { kpiLinkEffectToDb } from "@/lib/model/rules/references";
import type { kpiLinkInput } from "./input";
import { kpiPair } from "./kpi-pair";

/** A link from the KPI `key` to `input.to`; the editor must be able to edit the first KPI's department. */
export async function addKpiLink(
  access: OrgAccess,
  key: string,
  input: z.infer<typeof kpiLinkInput>,
): Promise<{ from: string; to: string; effect: string }> {
  const organisationId = access.organisation.id;
  return access.db.$transaction(async (tx) => {
    const { kpi: from, other: to } = await kpiPair(tx, access, key, input.to, "to");
    const existing = await tx.kpiLink.findUnique({ where: { fromId_toId: { fromId: from.id, toId: to.id } } });
    if (existing) throw new ValidationError("to", `“${from.name}” is already linked to “${to.name}” ("${input.to}").`);
    await tx.kpiLink.create({
      data: { organisationId, fromId: from.id, toId: to.id, effect: kpiLinkEffectToDb(input.effect) },
    });
    await recordAuditEvent(tx, organisationId, access.actor, {
      action: "kpi.link-added",
      subjectType: "kpi",
      subjectId: from.id,
      summary: `“${from.name}” ${input.effect === "reinforces" ? "reinforces" : "trades off"} “${to.name}”`,
      after: { from: from.key, to: to.key, effect: input.effect },
    });
    return { from: from.key, to: to.key, effect: input.effect };
  });
}
