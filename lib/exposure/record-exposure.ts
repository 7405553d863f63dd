/**
 * Customer exposure (DESIGN §3): people of a role working a customer-facing shift, listening in on
 * calls, or meeting customers. Department heads record it for their own departments' roles.
 */
import type { z } from "zod";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { assertCanInDepartment } from "@/lib/access/department-scope";
import { ValidationError } from "@/lib/errors";
import { assertCan, type OrgAccess } from "@/lib/access/org-access";
import type { exposureInput } from "./input";

export async function recordExposure(access: OrgAccess, input: z.infer<typeof exposureInput>): Promise<{ id: string }> {
  assertCan(access, "exposure:record");
  if (input.date > new Date().toISOString().slice(0, 10))
    throw new ValidationError("date", "Record exposure once it has happened (the date is in the future).");
  const organisationId = access.organisation.id;
  return access.db.$transaction(async (tx) => {
    const role = await tx.role.findFirst({
      where: { organisationId, key: input.role },
      select: { id: true, name: true, departmentId: true },
    });
    if (!role) throw new ValidationError("role", `No role "${input.role}" in this organisation.`);
    await assertCanInDepartment(
      tx,
      access,
      "exposure:record",
      role.departmentId,
      "You can record exposure for your own departments' roles.",
    );
    const exposure = await tx.exposure.create({
      data: {
        organisationId,
        roleId: role.id,
        kind: input.kind,
        date: new Date(`${input.date}T00:00:00Z`),
        people: input.people,
      },
    });
    await recordAuditEvent(tx, organisationId, access.actor, {
      action: "exposure.recorded",
      subjectType: "exposure",
      subjectId: exposure.id,
      summary: `Recorded customer exposure (${input.kind}) for ${role.name} on ${input.date}`,
      after: input,
    });
    return { id: exposure.id };
  });
}
