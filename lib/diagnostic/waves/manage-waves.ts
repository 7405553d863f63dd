/** Waves and invitations (DESIGN §4.1), for owners. */
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import { assertCan, type OrgAccess } from "@/lib/access/org-access";
import { anonymityOptions } from "../anonymity";
import { publishResults } from "../results/publish-results";
import { newSurveyToken } from "../survey-token";

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
  if (closesAt && closesAt <= (opensAt ?? new Date())) throw new ValidationError("closesAt", opensAt ? "The close date must be after the open date." : "The close date must be in the future.");
  const audienceDepartments = [...new Set(input.audienceDepartments ?? [])];
  const audienceRoles = [...new Set(input.audienceRoles ?? [])];
  return access.db.$transaction(async (tx) => {
    const instrument = await tx.instrument.findFirst({ where: { id: input.instrumentId, organisationId: access.organisation.id } });
    if (!instrument) throw new ValidationError("instrumentId", "No such instrument in this organisation.");
    const [departments, roles] = await Promise.all([
      tx.department.findMany({ where: { organisationId: access.organisation.id, key: { in: audienceDepartments } }, select: { key: true } }),
      tx.role.findMany({ where: { organisationId: access.organisation.id, key: { in: audienceRoles } }, select: { key: true } }),
    ]);
    const unknownDepartment = audienceDepartments.find((key) => !departments.some((d) => d.key === key));
    if (unknownDepartment) throw new ValidationError("audienceDepartments", `No department "${unknownDepartment}" in this organisation.`);
    const unknownRole = audienceRoles.find((key) => !roles.some((r) => r.key === key));
    if (unknownRole) throw new ValidationError("audienceRoles", `No role "${unknownRole}" in this organisation.`);
    const sharedLinkMode = input.sharedLinkMode ?? "verified";
    const resultsRelease = input.resultsRelease ?? "after_close";
    const wave = await tx.wave.create({
      data: { organisationId: access.organisation.id, instrumentId: instrument.id, name: input.name, k: options.k, commentK: options.commentK, audienceDepartments, audienceRoles, opensAt, closesAt, sharedLinkMode, resultsRelease },
    });
    const audience = audienceDepartments.length || audienceRoles.length ? `, asking ${[audienceDepartments.length ? `${audienceDepartments.length} department(s)` : "", audienceRoles.length ? `${audienceRoles.length} role(s)` : ""].filter(Boolean).join(" and ")}` : "";
    await recordAuditEvent(tx, access.organisation.id, access.actor, {
      action: "wave.created",
      subjectType: "wave",
      subjectId: wave.id,
      summary: `Created the wave “${input.name}” (k = ${options.k}${audience})`,
      after: { name: input.name, instrument: `${instrument.name} v${instrument.version}`, k: options.k, commentK: options.commentK, audienceDepartments, audienceRoles, opensAt, closesAt, sharedLinkMode, resultsRelease },
    });
    return { id: wave.id };
  });
}

async function waveOf(access: OrgAccess, waveId: string) {
  const wave = await access.db.wave.findFirst({ where: { id: waveId, organisationId: access.organisation.id } });
  if (!wave) throw new NotFoundError("Wave");
  return wave;
}

/** Opens a wave (freezing its instrument, k and thresholds); returns the shared link's token. */
export async function openWave(access: OrgAccess, waveId: string): Promise<{ sharedToken: string }> {
  assertCan(access, "diagnostic:manage");
  const wave = await waveOf(access, waveId);
  if (wave.status !== "draft") throw new ConflictError(`The wave is already ${wave.status}.`);
  const { token, tokenHash } = newSurveyToken();
  await access.db.$transaction(async (tx) => {
    // A future open date is kept (links work from then); otherwise the wave opens now.
    const opensAt = wave.opensAt && wave.opensAt > new Date() ? wave.opensAt : new Date();
    // Conditional on the status, so of two simultaneous requests one opens it and one gets 409.
    const opened = await tx.wave.updateMany({ where: { id: wave.id, status: "draft" }, data: { status: "open", opensAt, sharedTokenHash: tokenHash } });
    if (opened.count === 0) throw new ConflictError("The wave was opened by someone else just now.");
    await recordAuditEvent(tx, access.organisation.id, access.actor, { action: "wave.opened", subjectType: "wave", subjectId: wave.id, summary: `Opened the wave “${wave.name}”`, before: { status: "draft" }, after: { status: "open" } });
  });
  return { sharedToken: token };
}

/** A new shared link for an open wave (the old one stops working at once); returned once. */
export async function renewSharedLink(access: OrgAccess, waveId: string): Promise<{ sharedToken: string }> {
  assertCan(access, "diagnostic:manage");
  const wave = await waveOf(access, waveId);
  if (wave.status !== "open") throw new ConflictError("Only an open wave has a shared link.");
  const { token, tokenHash } = newSurveyToken();
  await access.db.$transaction(async (tx) => {
    const renewed = await tx.wave.updateMany({ where: { id: wave.id, status: "open" }, data: { sharedTokenHash: tokenHash } });
    if (renewed.count === 0) throw new ConflictError("Only an open wave has a shared link.");
    await recordAuditEvent(tx, access.organisation.id, access.actor, { action: "wave.shared_link_renewed", subjectType: "wave", subjectId: wave.id, summary: `Replaced the shared link of “${wave.name}” (the old one no longer works)` });
  });
  return { sharedToken: token };
}

/**
 * Closes a wave and publishes its final results. Submissions share-lock the wave row, so the status
 * change waits for those under way, and none lands after it; the final publication then holds everyone.
 */
export async function closeWave(access: OrgAccess, waveId: string): Promise<void> {
  assertCan(access, "diagnostic:manage");
  const wave = await waveOf(access, waveId);
  if (wave.status !== "open") throw new ConflictError("Only an open wave can be closed.");
  await access.db.$transaction(async (tx) => {
    const closed = await tx.wave.updateMany({ where: { id: wave.id, status: "open" }, data: { status: "closed", closesAt: new Date() } });
    if (closed.count === 0) throw new ConflictError("The wave was closed by someone else just now.");
    await tx.surveySession.deleteMany({ where: { waveId: wave.id } });
    await recordAuditEvent(tx, access.organisation.id, access.actor, { action: "wave.closed", subjectType: "wave", subjectId: wave.id, summary: `Closed the wave “${wave.name}”`, before: { status: "open" }, after: { status: "closed" } });
  });
  // Should this fail, the first read of the results publishes them instead.
  await publishResults(access.db, wave.id, true);
}

/** Publishes a snapshot of an open wave's results (for waves whose results are released in snapshots). */
export async function publishSnapshot(access: OrgAccess, waveId: string): Promise<{ seq: number }> {
  assertCan(access, "diagnostic:manage");
  const wave = await waveOf(access, waveId);
  if (wave.status !== "open") throw new ConflictError("Snapshots are taken while a wave is open; a closed wave has its final results.");
  if (wave.resultsRelease !== "snapshots") throw new ConflictError("This wave shows its results when it closes, not in snapshots.");
  const publication = await publishResults(access.db, wave.id, false);
  await recordAuditEvent(access.db, access.organisation.id, access.actor, { action: "wave.snapshot_published", subjectType: "wave", subjectId: wave.id, summary: `Published snapshot ${publication.seq} of the results of “${wave.name}”` });
  return { seq: publication.seq };
}

/** Single-use invitation links, pre-assigned to a segment; the tokens are returned once (for mail merge). */
export async function createInvitations(access: OrgAccess, waveId: string, segment: { department?: string; role?: string; level?: "leader" | "manager" | "frontline"; count: number }): Promise<string[]> {
  assertCan(access, "diagnostic:manage");
  const wave = await waveOf(access, waveId);
  if (wave.status === "closed") throw new ConflictError("The wave is closed.");
  if (!Number.isInteger(segment.count) || segment.count < 1 || segment.count > 5000) throw new ValidationError("count", "Between 1 and 5000 invitations at a time.");
  if (segment.department && wave.audienceDepartments.length && !wave.audienceDepartments.includes(segment.department)) throw new ValidationError("department", "This department is not in the wave's audience.");
  if (segment.role && wave.audienceRoles.length && !wave.audienceRoles.includes(segment.role)) throw new ValidationError("role", "This role is not in the wave's audience.");
  // A role's people count in the role's department (results nest roles inside departments).
  const role = segment.role ? await access.db.role.findFirst({ where: { organisationId: access.organisation.id, key: segment.role }, select: { department: { select: { key: true } } } }) : null;
  if (segment.role && !role) throw new ValidationError("role", `No role "${segment.role}" in this organisation.`);
  if (role && segment.department && segment.department !== role.department.key) throw new ValidationError("department", `The role "${segment.role}" belongs to the department "${role.department.key}", not "${segment.department}".`);
  const department = role?.department.key ?? segment.department ?? null;
  const tokens = Array.from({ length: segment.count }, () => newSurveyToken());
  await access.db.$transaction(async (tx) => {
    await tx.waveInvitation.createMany({ data: tokens.map((t) => ({ waveId: wave.id, tokenHash: t.tokenHash, department, role: segment.role ?? null, level: segment.level ?? null })) });
    await recordAuditEvent(tx, access.organisation.id, access.actor, { action: "wave.invited", subjectType: "wave", subjectId: wave.id, summary: `Created ${segment.count} invitation link(s) for “${wave.name}”`, after: { ...segment } });
  });
  return tokens.map((t) => t.token);
}
