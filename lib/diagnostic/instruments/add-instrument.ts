/** Adds an instrument document as a new lineage. */
import { randomUUID } from "node:crypto";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { assertCan, type OrgAccess } from "@/lib/access/org-access";
import { DEFAULT_INSTRUMENT } from "../default-instrument";
import { type Instrument, instrumentSchema } from "../instrument-schema";
import { instrumentIssues } from "@/lib/diagnostic/rules/validate-instrument";
import { InstrumentFileError } from "./instrument-file-error";
import { insertInstrument } from "./insert-instrument";

/** Adds an instrument document as a new lineage (the default one unless given). */
export async function addInstrument(
  access: OrgAccess,
  instrument: Instrument = DEFAULT_INSTRUMENT,
): Promise<{ id: string }> {
  assertCan(access, "diagnostic:manage");
  const parsed = instrumentSchema.safeParse(instrument);
  if (!parsed.success) throw new InstrumentFileError(instrumentIssues(parsed.error));
  return access.db.$transaction(async (tx) => {
    const created = await insertInstrument(tx, access, parsed.data, { lineageId: randomUUID(), version: 1 });
    await recordAuditEvent(tx, access.organisation.id, access.actor, {
      action: "instrument.added",
      subjectType: "instrument",
      subjectId: created.id,
      summary: `Added the instrument “${parsed.data.name}” (${parsed.data.items.length} statements)`,
      after: { name: parsed.data.name, items: parsed.data.items.length },
    });
    return created;
  });
}
