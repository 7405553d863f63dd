/** Single-use invitation links for a wave. */
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { ConflictError, ValidationError } from "@/lib/errors";
import { assertCan, type OrgAccess } from "@/lib/access/org-access";
import { newSurveyToken } from "../survey-token";
import { waveOf } from "./wave-of";
import { count } from "@/lib/text/plural";

/** Single-use invitation links, pre-assigned to a segment; the tokens are returned once (for mail merge). */
export async function createInvitations(
  access: OrgAccess,
  waveId: string,
  segment: { department?: string; role?: string; level?: "leader" | "manager" | "frontline"; count: number },
): Promise<string[]> {
  assertCan(access, "diagnostic:manage");
  const wave = await waveOf(access, waveId);
  if (wave.status === "closed") throw new ConflictError("The wave is closed.");
  if (!Number.isInteger(segment.count) || segment.count < 1 || segment.count > 5000)
    throw new ValidationError("count", "Between 1 and 5000 invitations at a time.");
  if (segment.department && wave.audienceDepartments.length && !wave.audienceDepartments.includes(segment.department))
    throw new ValidationError("department", "This department is not in the wave's audience.");
  if (segment.role && wave.audienceRoles.length && !wave.audienceRoles.includes(segment.role))
    throw new ValidationError("role", "This role is not in the wave's audience.");
  // A role's people count in the role's department (results nest roles inside departments).
  const role = segment.role
    ? await access.db.role.findFirst({
        where: { organisationId: access.organisation.id, key: segment.role },
        select: { department: { select: { key: true } } },
      })
    : null;
  if (segment.role && !role) throw new ValidationError("role", `No role "${segment.role}" in this organisation.`);
  if (role && segment.department && segment.department !== role.department.key)
    throw new ValidationError(
      "department",
      `The role "${segment.role}" belongs to the department "${role.department.key}", not "${segment.department}".`,
    );
  const department = role?.department.key ?? segment.department ?? null;
  const tokens = Array.from({ length: segment.count }, () => newSurveyToken());
  await access.db.$transaction(async (tx) => {
    await tx.waveInvitation.createMany({
      data: tokens.map((t) => ({
        waveId: wave.id,
        tokenHash: t.tokenHash,
        department,
        role: segment.role ?? null,
        level: segment.level ?? null,
      })),
    });
    await recordAuditEvent(tx, access.organisation.id, access.actor, {
      action: "wave.invited",
      subjectType: "wave",
      subjectId: wave.id,
      summary: `Created ${count(segment.count, "invitation link")} for “${wave.name}”`,
      after: { ...segment },
    });
  });
  return tokens.map((t) => t.token);
}
