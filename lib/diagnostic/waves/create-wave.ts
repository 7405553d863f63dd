/** Creates a draft wave (DESIGN §4.1): its instrument, k and thresholds, audience, dates and how links and results work. */
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { ValidationError } from "@/lib/errors";
import { assertCan, type OrgAccess } from "@/lib/access/org-access";
import { anonymityOptions } from "@/lib/diagnostic/rules/anonymity";
import { count, listInWords } from "@/lib/text/plural";

export type WaveInput = {
  name: string;
  instrumentId: string;
  k?: number;
  commentK?: number;
  /** Department and role keys asked (empty or absent: everyone). */
  audienceDepartments?: string[];
  audienceRoles?: string[];
  opensAt?: Date | null;
  closesAt?: Date | null;
  /** Verified (default): the shared link mails a single-use link to a work address. Open: posters and kiosks. */
  sharedLinkMode?: "verified" | "open";
  /** After the wave closes (default), or in snapshots published while it is open. */
  resultsRelease?: "after_close" | "snapshots";
};

export async function createWave(access: OrgAccess, input: WaveInput): Promise<{ id: string }> {
  assertCan(access, "diagnostic:manage");
  let options;
  try {
    options = anonymityOptions(input.k, input.commentK ?? Math.max(input.k ?? 5, 10));
  } catch (error) {
    throw new ValidationError("k", (error as Error).message);
  }
  const opensAt = input.opensAt ?? null;
  const closesAt = input.closesAt ?? null;
  if (closesAt && closesAt <= (opensAt ?? new Date()))
    throw new ValidationError(
      "closesAt",
      opensAt ? "The close date must be after the open date." : "The close date must be in the future.",
    );
  const audienceDepartments = [...new Set(input.audienceDepartments ?? [])];
  const audienceRoles = [...new Set(input.audienceRoles ?? [])];
  return access.db.$transaction(async (tx) => {
    const instrument = await tx.instrument.findFirst({
      where: { id: input.instrumentId, organisationId: access.organisation.id },
    });
    if (!instrument) throw new ValidationError("instrumentId", "No such instrument in this organisation.");
    const [departments, roles] = await Promise.all([
      tx.department.findMany({
        where: { organisationId: access.organisation.id, key: { in: audienceDepartments } },
        select: { key: true },
      }),
      tx.role.findMany({
        where: { organisationId: access.organisation.id, key: { in: audienceRoles } },
        select: { key: true },
      }),
    ]);
    const unknownDepartment = audienceDepartments.find((key) => !departments.some((d) => d.key === key));
    if (unknownDepartment)
      throw new ValidationError("audienceDepartments", `No department "${unknownDepartment}" in this organisation.`);
    const unknownRole = audienceRoles.find((key) => !roles.some((r) => r.key === key));
    if (unknownRole) throw new ValidationError("audienceRoles", `No role "${unknownRole}" in this organisation.`);
    const sharedLinkMode = input.sharedLinkMode ?? "verified";
    const resultsRelease = input.resultsRelease ?? "after_close";
    const wave = await tx.wave.create({
      data: {
        organisationId: access.organisation.id,
        instrumentId: instrument.id,
        name: input.name,
        k: options.k,
        commentK: options.commentK,
        audienceDepartments,
        audienceRoles,
        opensAt,
        closesAt,
        sharedLinkMode,
        resultsRelease,
      },
    });
    const audience =
      audienceDepartments.length || audienceRoles.length
        ? `, asking ${listInWords([audienceDepartments.length ? count(audienceDepartments.length, "department") : "", audienceRoles.length ? count(audienceRoles.length, "role") : ""].filter(Boolean))}`
        : "";
    await recordAuditEvent(tx, access.organisation.id, access.actor, {
      action: "wave.created",
      subjectType: "wave",
      subjectId: wave.id,
      summary: `Created the wave “${input.name}” (k = ${options.k}${audience})`,
      after: {
        name: input.name,
        instrument: `${instrument.name} v${instrument.version}`,
        k: options.k,
        commentK: options.commentK,
        audienceDepartments,
        audienceRoles,
        opensAt,
        closesAt,
        sharedLinkMode,
        resultsRelease,
      },
    });
    return { id: wave.id };
  });
}
