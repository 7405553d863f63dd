/**
 * The organisation's 3P instruments (DESIGN §4.1): add, copy, edit, import and export. A version used by
 * a wave that has opened is frozen — its statements are what people answered — so saving it makes the
 * next version of the same lineage instead; a version only draft waves use is edited in place.
 */
import { randomUUID } from "node:crypto";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { DbTx } from "@/lib/db/types";
import { AppError, NotFoundError, ValidationError } from "@/lib/errors";
import { assertCan, type OrgAccess } from "@/lib/access/org-access";
import { DEFAULT_INSTRUMENT } from "../default-instrument";
import { INSTRUMENT_FORMAT, type Instrument, instrumentSchema } from "../instrument-schema";
import { instrumentIssues, validateInstrumentText } from "../validate-instrument";

export class InstrumentFileError extends AppError {
  constructor(errors: { path: string; message: string }[]) {
    const first = errors[0]!;
    super(400, "Invalid instrument", `The instrument was refused: ${errors.length} problem${errors.length === 1 ? "" : "s"}, first at ${first.path}: ${first.message}. Nothing was saved.`, first.path, { errors });
  }
}

export type InstrumentSummary = {
  id: string;
  lineageId: string;
  name: string;
  version: number;
  statements: number;
  /** Used by a wave that has opened: saving makes a new version. */
  frozen: boolean;
  waves: string[];
  /** Older versions of the same lineage, newest first. */
  olderVersions: { id: string; version: number; waves: string[] }[];
};

function createItems(instrument: Instrument) {
  return instrument.items.map((item, position) => ({ key: item.key, position, dimension: item.dimension, theme: item.theme, text: item.text, reversed: item.reversed }));
}

async function insertInstrument(tx: DbTx, access: OrgAccess, instrument: Instrument, lineage: { lineageId: string; version: number }): Promise<{ id: string }> {
  const created = await tx.instrument.create({
    data: { organisationId: access.organisation.id, lineageId: lineage.lineageId, version: lineage.version, name: instrument.name, items: { create: createItems(instrument) } },
  });
  return { id: created.id };
}

/** Adds an instrument document as a new lineage (the default one unless given). */
export async function addInstrument(access: OrgAccess, instrument: Instrument = DEFAULT_INSTRUMENT): Promise<{ id: string }> {
  assertCan(access, "diagnostic:manage");
  const parsed = instrumentSchema.safeParse(instrument);
  if (!parsed.success) throw new InstrumentFileError(instrumentIssues(parsed.error));
  return access.db.$transaction(async (tx) => {
    const created = await insertInstrument(tx, access, parsed.data, { lineageId: randomUUID(), version: 1 });
    await recordAuditEvent(tx, access.organisation.id, access.actor, { action: "instrument.added", subjectType: "instrument", subjectId: created.id, summary: `Added the instrument “${parsed.data.name}” (${parsed.data.items.length} statements)`, after: { name: parsed.data.name, items: parsed.data.items.length } });
    return created;
  });
}

/** Imports a `throughline.instrument/1` file; errors name the path, nothing is saved on any error. */
export async function importInstrumentText(access: OrgAccess, text: string): Promise<{ id: string }> {
  assertCan(access, "diagnostic:manage");
  const validation = validateInstrumentText(text);
  if (!validation.ok) throw new InstrumentFileError(validation.errors);
  return addInstrument(access, validation.instrument);
}

async function instrumentOf(access: OrgAccess, instrumentId: string) {
  const instrument = await access.db.instrument.findFirst({
    where: { id: instrumentId, organisationId: access.organisation.id },
    include: { items: { orderBy: { position: "asc" } }, waves: { select: { name: true, status: true } } },
  });
  if (!instrument) throw new NotFoundError("Instrument");
  return instrument;
}

/** The instrument as a `throughline.instrument/1` document (for export and the editor). */
export async function getInstrument(access: OrgAccess, instrumentId: string): Promise<{ document: Instrument; version: number; lineageId: string; frozen: boolean; waves: string[] }> {
  assertCan(access, "diagnostic:manage");
  const instrument = await instrumentOf(access, instrumentId);
  return {
    document: { format: INSTRUMENT_FORMAT, name: instrument.name, items: instrument.items.map((i) => ({ key: i.key, dimension: i.dimension, theme: i.theme, text: i.text, reversed: i.reversed })) },
    version: instrument.version,
    lineageId: instrument.lineageId,
    frozen: instrument.waves.some((w) => w.status !== "draft"),
    waves: instrument.waves.map((w) => w.name),
  };
}

/**
 * Saves an edited instrument. Frozen (a wave using it has opened): a new version of the lineage is
 * created and returned. Otherwise the statements are replaced in place (no one has answered them).
 */
export async function saveInstrument(access: OrgAccess, instrumentId: string, input: unknown): Promise<{ id: string; version: number; newVersion: boolean }> {
  assertCan(access, "diagnostic:manage");
  const parsed = instrumentSchema.safeParse(input);
  if (!parsed.success) throw new InstrumentFileError(instrumentIssues(parsed.error));
  const instrument = parsed.data;
  return access.db.$transaction(async (tx) => {
    const current = await tx.instrument.findFirst({ where: { id: instrumentId, organisationId: access.organisation.id }, include: { waves: { select: { status: true } } } });
    if (!current) throw new NotFoundError("Instrument");
    const frozen = current.waves.some((w) => w.status !== "draft");
    if (frozen) {
      const latest = await tx.instrument.findFirst({ where: { lineageId: current.lineageId }, orderBy: { version: "desc" }, select: { version: true } });
      const version = (latest?.version ?? current.version) + 1;
      const created = await insertInstrument(tx, access, instrument, { lineageId: current.lineageId, version });
      await recordAuditEvent(tx, access.organisation.id, access.actor, { action: "instrument.versioned", subjectType: "instrument", subjectId: created.id, summary: `Saved “${instrument.name}” as version ${version} (version ${current.version} is in use by a wave and stays as it is)`, after: { version, items: instrument.items.length } });
      return { id: created.id, version, newVersion: true };
    }
    await tx.instrumentItem.deleteMany({ where: { instrumentId: current.id } });
    await tx.instrument.update({ where: { id: current.id }, data: { name: instrument.name, items: { create: createItems(instrument) } } });
    await recordAuditEvent(tx, access.organisation.id, access.actor, { action: "instrument.edited", subjectType: "instrument", subjectId: current.id, summary: `Edited “${instrument.name}” (version ${current.version}, ${instrument.items.length} statements)`, before: { name: current.name }, after: { name: instrument.name, items: instrument.items.length } });
    return { id: current.id, version: current.version, newVersion: false };
  });
}

/** Copies an instrument into a new lineage under a new name (a starting point for a client's own). */
export async function copyInstrument(access: OrgAccess, instrumentId: string, name: string): Promise<{ id: string }> {
  assertCan(access, "diagnostic:manage");
  const trimmed = name.trim();
  if (trimmed.length < 1 || trimmed.length > 200) throw new ValidationError("name", "Give the copy a name (up to 200 characters).");
  const { document } = await getInstrument(access, instrumentId);
  return addInstrument(access, { ...document, name: trimmed });
}

/** The latest version of every lineage, with the waves that use each version. */
export async function listInstruments(access: OrgAccess): Promise<InstrumentSummary[]> {
  assertCan(access, "diagnostic:manage");
  const instruments = await access.db.instrument.findMany({
    where: { organisationId: access.organisation.id },
    orderBy: [{ createdAt: "asc" }, { version: "desc" }],
    include: { _count: { select: { items: true } }, waves: { select: { name: true, status: true } } },
  });
  const byLineage = new Map<string, typeof instruments>();
  for (const instrument of instruments) byLineage.set(instrument.lineageId, [...(byLineage.get(instrument.lineageId) ?? []), instrument]);
  return [...byLineage.values()].map((versions) => {
    const [latest, ...older] = [...versions].sort((a, b) => b.version - a.version);
    return {
      id: latest!.id,
      lineageId: latest!.lineageId,
      name: latest!.name,
      version: latest!.version,
      statements: latest!._count.items,
      frozen: latest!.waves.some((w) => w.status !== "draft"),
      waves: latest!.waves.map((w) => w.name),
      olderVersions: older.map((v) => ({ id: v.id, version: v.version, waves: v.waves.map((w) => w.name) })),
    };
  });
}

/** The instrument new waves use by default: the latest version of the newest lineage, adding the default the first time. */
export async function currentInstrumentId(access: OrgAccess): Promise<string> {
  assertCan(access, "diagnostic:manage");
  const latest = await access.db.instrument.findFirst({ where: { organisationId: access.organisation.id }, orderBy: [{ createdAt: "desc" }], select: { id: true } });
  return latest?.id ?? (await addInstrument(access)).id;
}
