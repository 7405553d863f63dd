import type { z } from "zod";
import { type DbTx, inTransaction } from "@/lib/db/types";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { ForbiddenError, ValidationError } from "@/lib/errors";
import type { OrgAccess } from "@/lib/access/org-access";
import type { influenceInput } from "./input";
import { departmentPowers } from "./inventory-powers";
import { parseInfluenceSource } from "@/lib/model/rules/references";
import { quote } from "@/lib/alignment/rules/wording";
import { carryAnalysisForward, readModelStamp, type ModelStamp } from "@/lib/alignment/get-organisation-analysis";
import { withInfluence, type InfluenceCell } from "@/lib/model/rules/influence-in-model";

/** The matrix cell as the write left it, and the model's stamp inside the write's transaction. */
type Written = { cell: InfluenceCell; stamp: ModelStamp };

/**
 * Says that a KPI, process or system supports or obstructs a behaviour (or, with "none", that it does
 * not touch it). A rationale or strength sent replaces the one kept; none sent keeps it (a new influence gets
 * strength 2). Allowed to whoever may edit the behaviour's role's department or the source's department. In
 * the caller's `tx` when given one (an obstacle report triaged into an obstructs influence).
 *
 * In a transaction of its own, it also moves the kept analysis on to the changed model once committed, so the
 * system view right after an edit in the matrix does not wait for the whole model to be read again.
 */
export async function setInfluence(access: OrgAccess, input: z.infer<typeof influenceInput>, tx?: DbTx): Promise<void> {
  const organisationId = access.organisation.id;
  const { kind, key: sourceKey } = parseInfluenceSource(input.source);
  const ownTransaction = !tx;
  const written = await inTransaction(tx ?? access.db, async (tx): Promise<Written | null> => {
    const behaviour = await tx.behaviour.findFirst({
      where: { organisationId, key: input.behaviour },
      include: { role: true },
    });
    if (!behaviour) throw new ValidationError("behaviour", `No behaviour with key "${input.behaviour}".`);
    const source =
      kind === "kpi"
        ? await tx.kpi.findFirst({
            where: { organisationId, key: sourceKey },
            select: { id: true, name: true, departmentId: true },
          })
        : kind === "process"
          ? await tx.process.findFirst({
              where: { organisationId, key: sourceKey },
              select: { id: true, name: true, departmentId: true },
            })
          : await tx.system.findFirst({
              where: { organisationId, key: sourceKey },
              select: { id: true, name: true },
            });
    if (!source) throw new ValidationError("source", `No ${kind} with key "${sourceKey}".`);
    const mayEdit = await departmentPowers(tx, access);
    const sourceDepartment = "departmentId" in source ? (source.departmentId as string) : null;
    if (!mayEdit(behaviour.role.departmentId) && !(sourceDepartment && mayEdit(sourceDepartment))) {
      throw new ForbiddenError("You can map influences for your own departments' behaviours, KPIs and processes only.");
    }
    const sourceId = `${kind}:${source.id}`;
    const existing = await tx.influence.findUnique({
      where: { behaviourId_source: { behaviourId: behaviour.id, source: sourceId } },
    });
    // Changing a cell's effect without a new rationale keeps the one already given, never erases it.
    const keptWhy = input.why ?? existing?.why ?? null;
    const strength = input.strength ?? existing?.strength ?? 2;
    if (input.effect === "none") {
      if (existing) await tx.influence.delete({ where: { id: existing.id } });
    } else {
      const data = { effect: input.effect, strength, why: keptWhy };
      await tx.influence.upsert({
        where: { behaviourId_source: { behaviourId: behaviour.id, source: sourceId } },
        create: {
          organisationId,
          behaviourId: behaviour.id,
          source: sourceId,
          kpiId: kind === "kpi" ? source.id : null,
          processId: kind === "process" ? source.id : null,
          systemId: kind === "system" ? source.id : null,
          ...data,
        },
        update: data,
      });
    }
    await recordAuditEvent(tx, organisationId, access.actor, {
      action: "influence.set",
      subjectType: "influence",
      subjectId: `${sourceId}>${behaviour.id}`,
      summary:
        input.effect === "none"
          ? `${source.name} no longer influences ${quote(behaviour.action, 80)}`
          : `${source.name} ${input.effect} ${quote(behaviour.action, 80)} (strength ${strength})`,
      before: existing
        ? { effect: existing.effect, strength: existing.strength, why: existing.why }
        : { effect: "none" },
      after: input.effect === "none" ? { effect: "none" } : { effect: input.effect, strength, why: keptWhy },
    });
    // A caller's transaction may change more and may still roll back: nothing is carried forward then.
    if (!ownTransaction) return null;
    const cell: InfluenceCell = {
      from: `${kind}:${sourceKey}`,
      to: behaviour.key,
      effect: input.effect,
      strength,
      why: keptWhy,
    };
    return { cell, stamp: await readModelStamp(tx, access.organisation) };
  });
  if (written) carryAnalysisForward(access.organisation, written.stamp, (model) => withInfluence(model, written.cell));
}
