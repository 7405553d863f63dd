/** Instruments, waves and invitations (DESIGN §4.1), for owners. */
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import { assertCan, type OrgAccess } from "@/lib/organisations/access";
import { anonymityOptions } from "../anonymity";
import { DEFAULT_INSTRUMENT } from "../default-instrument";
import type { Instrument } from "../instrument-schema";
import { newSurveyToken } from "../survey-token";

/** Copies an instrument document into the organisation (the default one unless given). */
export async function addInstrument(access: OrgAccess, instrument: Instrument = DEFAULT_INSTRUMENT): Promise<{ id: string }> {
  assertCan(access, "diagnostic:manage");
  return access.db.$transaction(async (tx) => {
    const created = await tx.instrument.create({
      data: {
        organisationId: access.organisation.id,
        name: instrument.name,
        items: { create: instrument.items.map((item, position) => ({ key: item.key, position, dimension: item.dimension, theme: item.theme, text: item.text, reversed: item.reversed })) },
      },
    });
    await recordAuditEvent(tx, access.organisation.id, access.actor, { action: "instrument.added", subjectType: "instrument", subjectId: created.id, summary: `Added the instrument “${instrument.name}” (${instrument.items.length} statements)`, after: { name: instrument.name, items: instrument.items.length } });
    return { id: created.id };
  });
}

/** The organisation's latest instrument, adding the default one the first time. */
export async function currentInstrumentId(access: OrgAccess): Promise<string> {
  assertCan(access, "diagnostic:manage");
  const latest = await access.db.instrument.findFirst({ where: { organisationId: access.organisation.id }, orderBy: { createdAt: "desc" }, select: { id: true } });
  return latest?.id ?? (await addInstrument(access)).id;
}

export async function createWave(access: OrgAccess, input: { name: string; instrumentId: string; k?: number; commentK?: number }): Promise<{ id: string }> {
  assertCan(access, "diagnostic:manage");
  let options;
  try {
    options = anonymityOptions(input.k, input.commentK ?? Math.max(input.k ?? 5, 10));
  } catch (error) {
    throw new ValidationError("k", (error as Error).message);
  }
  return access.db.$transaction(async (tx) => {
    const instrument = await tx.instrument.findFirst({ where: { id: input.instrumentId, organisationId: access.organisation.id } });
    if (!instrument) throw new ValidationError("instrumentId", "No such instrument in this organisation.");
    const wave = await tx.wave.create({ data: { organisationId: access.organisation.id, instrumentId: instrument.id, name: input.name, k: options.k, commentK: options.commentK } });
    await recordAuditEvent(tx, access.organisation.id, access.actor, { action: "wave.created", subjectType: "wave", subjectId: wave.id, summary: `Created the wave “${input.name}” (k = ${options.k})`, after: { name: input.name, k: options.k, commentK: options.commentK } });
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
    await tx.wave.update({ where: { id: wave.id }, data: { status: "open", opensAt: new Date(), sharedTokenHash: tokenHash } });
    await recordAuditEvent(tx, access.organisation.id, access.actor, { action: "wave.opened", subjectType: "wave", subjectId: wave.id, summary: `Opened the wave “${wave.name}”`, before: { status: "draft" }, after: { status: "open" } });
  });
  return { sharedToken: token };
}

export async function closeWave(access: OrgAccess, waveId: string): Promise<void> {
  assertCan(access, "diagnostic:manage");
  const wave = await waveOf(access, waveId);
  if (wave.status !== "open") throw new ConflictError("Only an open wave can be closed.");
  await access.db.$transaction(async (tx) => {
    await tx.wave.update({ where: { id: wave.id }, data: { status: "closed", closesAt: new Date() } });
    await tx.surveySession.deleteMany({ where: { waveId: wave.id } });
    await recordAuditEvent(tx, access.organisation.id, access.actor, { action: "wave.closed", subjectType: "wave", subjectId: wave.id, summary: `Closed the wave “${wave.name}”`, before: { status: "open" }, after: { status: "closed" } });
  });
}

/** Single-use invitation links, pre-assigned to a segment; the tokens are returned once (for mail merge). */
export async function createInvitations(access: OrgAccess, waveId: string, segment: { department?: string; role?: string; level?: "leader" | "manager" | "frontline"; count: number }): Promise<string[]> {
  assertCan(access, "diagnostic:manage");
  const wave = await waveOf(access, waveId);
  if (wave.status === "closed") throw new ConflictError("The wave is closed.");
  if (!Number.isInteger(segment.count) || segment.count < 1 || segment.count > 5000) throw new ValidationError("count", "Between 1 and 5000 invitations at a time.");
  const tokens = Array.from({ length: segment.count }, () => newSurveyToken());
  await access.db.$transaction(async (tx) => {
    await tx.waveInvitation.createMany({ data: tokens.map((t) => ({ waveId: wave.id, tokenHash: t.tokenHash, department: segment.department ?? null, role: segment.role ?? null, level: segment.level ?? null })) });
    await recordAuditEvent(tx, access.organisation.id, access.actor, { action: "wave.invited", subjectType: "wave", subjectId: wave.id, summary: `Created ${segment.count} invitation link(s) for “${wave.name}”`, after: { ...segment } });
  });
  return tokens.map((t) => t.token);
}
