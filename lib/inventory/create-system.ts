/** Adds a system to the inventory; in the caller's `tx` when given one (an obstacle report triaged into a system). */
import type { z } from "zod";
import { type DbTx, inTransaction } from "@/lib/db/types";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { uniqueKey } from "@/lib/model/rules/unique-key";
import { assertCan, type OrgAccess } from "@/lib/access/org-access";
import type { systemInput } from "./input";

/** Systems belong to no department: owners keep them, with training coverage and spend. */
export async function createSystem(
  access: OrgAccess,
  input: z.infer<typeof systemInput>,
  tx?: DbTx,
): Promise<{ key: string }> {
  assertCan(access, "model:edit");
  const organisationId = access.organisation.id;
  return inTransaction(tx ?? access.db, async (tx) => {
    const key = uniqueKey(
      input.name,
      (await tx.system.findMany({ where: { organisationId }, select: { key: true } })).map((s) => s.key),
    );
    const system = await tx.system.create({
      data: {
        organisationId,
        key,
        name: input.name,
        trainedShare: input.trainedShare ?? null,
        peopleSpend: input.peopleSpend ?? null,
        technologySpend: input.technologySpend ?? null,
      },
    });
    await recordAuditEvent(tx, organisationId, access.actor, {
      action: "system.created",
      subjectType: "system",
      subjectId: system.id,
      summary: `Added the system “${input.name}”`,
      after: { key, ...input },
    });
    return { key };
  });
}
