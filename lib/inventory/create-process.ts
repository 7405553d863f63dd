/** Adds a process to a department of the inventory (owners, or department heads for their own departments). */
import type { z } from "zod";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { uniqueKey } from "@/lib/model/rules/unique-key";
import { type OrgAccess } from "@/lib/access/org-access";
import type { processInput } from "./input";
import { assertCanEditDepartment } from "./inventory-powers";

export async function createProcess(access: OrgAccess, input: z.infer<typeof processInput>): Promise<{ key: string }> {
  const organisationId = access.organisation.id;
  return access.db.$transaction(async (tx) => {
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
