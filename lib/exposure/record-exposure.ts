/**
 * Customer exposure (DESIGN §3): people of a role working a customer-facing shift, listening in on
 * calls, or meeting customers. Department heads record it for their own departments' roles.
 */
import { z } from "zod";
import { calendarDay } from "@/lib/validation/database-ranges";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { assertCanInDepartment, departmentKeysInReach } from "@/lib/access/department-scope";
import { ValidationError } from "@/lib/errors";
import { assertCan, type OrgAccess } from "@/lib/access/org-access";

export const exposureInput = z.object({
  role: z.string().min(1, "Choose a role").max(100),
  kind: z.enum(["shift", "listening", "meeting"], { message: "A shift, listening in, or meeting customers" }),
  date: calendarDay("A date (YYYY-MM-DD)"),
  people: z.number().int().min(1, "At least one person").max(10_000).nullable().default(null),
});

export type ExposureView = { id: string; role: { key: string; name: string }; kind: "shift" | "listening" | "meeting"; date: string; people: number | null };

export async function listExposures(access: OrgAccess, take = 100): Promise<ExposureView[]> {
  assertCan(access, "organisation:read");
  const rows = await access.db.exposure.findMany({ where: { organisationId: access.organisation.id }, orderBy: [{ date: "desc" }], take, include: { role: { select: { key: true, name: true } } } });
  return rows.map((e) => ({ id: e.id, role: e.role, kind: e.kind, date: e.date.toISOString().slice(0, 10), people: e.people }));
}

export async function recordExposure(access: OrgAccess, input: z.infer<typeof exposureInput>): Promise<{ id: string }> {
  assertCan(access, "exposure:record");
  if (input.date > new Date().toISOString().slice(0, 10)) throw new ValidationError("date", "Record exposure once it has happened (the date is in the future).");
  const organisationId = access.organisation.id;
  return access.db.$transaction(async (tx) => {
    const role = await tx.role.findFirst({ where: { organisationId, key: input.role }, select: { id: true, name: true, departmentId: true } });
    if (!role) throw new ValidationError("role", `No role "${input.role}" in this organisation.`);
    await assertCanInDepartment(tx, access, "exposure:record", role.departmentId, "You can record exposure for your own departments' roles.");
    const exposure = await tx.exposure.create({ data: { organisationId, roleId: role.id, kind: input.kind, date: new Date(`${input.date}T00:00:00Z`), people: input.people } });
    await recordAuditEvent(tx, organisationId, access.actor, { action: "exposure.recorded", subjectType: "exposure", subjectId: exposure.id, summary: `Recorded customer exposure (${input.kind}) for ${role.name} on ${input.date}`, after: input });
    return { id: exposure.id };
  });
}

/** The departments whose roles the member may record exposure for: null for all of them. */
export function exposureDepartments(access: OrgAccess): Promise<string[] | null> {
  return departmentKeysInReach(access.db, access, "exposure:record");
}
