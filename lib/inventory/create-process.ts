/**
 * Adds a process to a department of the inventory (owners, or department heads for their own departments);
 * in the caller's `tx` when given one (an obstacle report triaged into a process).
 */
import type { z } from "zod";
import { type DbTx, inTransaction } from "@/lib/db/types";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { uniqueKey } from "@/lib/model/rules/unique-key";
import { type OrgAccess } from "@/lib/access/org-access";
import type { processInput } from "./input";
import { assertCanEditDepartment } from "./inventory-powers";

export async function createProcess(
  access: OrgAccess,
  input: z.infer<typeof processInput>,
  tx?: DbTx,
): Promise<{ key: string }> {
  const organisationId = access.organisation.id;
  return inTransaction(tx ?? access.db, async (tx) => {
    const department = await assertCanEditDepartment(tx, access, input.department);
    const key = uniqueKey(
      input.name,
      (await tx.process.findMany({ where: { organisationId }, select: { key: true } })).map((p) => p.key),
    );
    const process = await tx.process.create({
      data: { organisationId, key, name: input.name, departmentId: department.id },
    });
    await recordAuditEvent(tx, organisationId, access.actor, {
      action: "process.created",
      subjectType: "process",
      subjectId: process.id,
      summary: `Added the process “${input.name}” to ${department.name}`,
      after: { key, ...input },
    });
    return { key };
  });
}
