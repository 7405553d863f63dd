/**
 * Saving an edited 3P instrument (DESIGN §4.1). A version used by a wave that has opened is frozen —
 * its statements are what people answered — so saving it makes the next version of the same lineage
 * instead; a version only draft waves use is edited in place.
 */
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { NotFoundError } from "@/lib/errors";
import { assertCan, type OrgAccess } from "@/lib/access/org-access";
import { DEFAULT_LOCALE } from "@/lib/i18n/locales";
import { instrumentSchema } from "../instrument-schema";
import { instrumentIssues } from "@/lib/diagnostic/rules/validate-instrument";
import { InstrumentFileError } from "./instrument-file-error";
import { createItems, insertInstrument } from "./insert-instrument";

/**
 * Saves an edited instrument. Frozen (a wave using it has opened): a new version of the lineage is
 * created and returned. Otherwise the statements are replaced in place (no one has answered them).
 */
export async function saveInstrument(
  access: OrgAccess,
  instrumentId: string,
  input: unknown,
): Promise<{ id: string; version: number; newVersion: boolean }> {
  assertCan(access, "diagnostic:manage");
  const parsed = instrumentSchema.safeParse(input);
  if (!parsed.success) throw new InstrumentFileError(instrumentIssues(parsed.error));
  const instrument = parsed.data;
  return access.db.$transaction(async (tx) => {
    const current = await tx.instrument.findFirst({
      where: { id: instrumentId, organisationId: access.organisation.id },
      include: { waves: { select: { status: true } } },
    });
    if (!current) throw new NotFoundError("Instrument");
    const frozen = current.waves.some((w) => w.status !== "draft");
    if (frozen) {
      const latest = await tx.instrument.findFirst({
        where: { lineageId: current.lineageId },
        orderBy: { version: "desc" },
        select: { version: true },
      });
      const version = (latest?.version ?? current.version) + 1;
      const created = await insertInstrument(tx, access, instrument, { lineageId: current.lineageId, version });
      await recordAuditEvent(tx, access.organisation.id, access.actor, {
        action: "instrument.versioned",
        subjectType: "instrument",
        subjectId: created.id,
        summary: `Saved “${instrument.name}” as version ${version} (version ${current.version} is in use by a wave and stays as it is)`,
        after: { version, items: instrument.items.length },
      });
      return { id: created.id, version, newVersion: true };
    }
    await tx.instrumentItem.deleteMany({ where: { instrumentId: current.id } });
    await tx.instrument.update({
      where: { id: current.id },
      data: {
        name: instrument.name,
        language: instrument.language ?? DEFAULT_LOCALE,
        items: { create: createItems(instrument) },
      },
    });
    await recordAuditEvent(tx, access.organisation.id, access.actor, {
      action: "instrument.edited",
      subjectType: "instrument",
      subjectId: current.id,
      summary: `Edited “${instrument.name}” (version ${current.version}, ${instrument.items.length} statements)`,
      before: { name: current.name },
      after: { name: instrument.name, items: instrument.items.length },
    });
    return { id: current.id, version: current.version, newVersion: false };
  });
}
