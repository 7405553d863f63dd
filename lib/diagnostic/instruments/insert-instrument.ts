/** Writes an instrument version and its statements (shared by adding and saving a new version). */
import type { DbTx } from "@/lib/db/types";
import { type OrgAccess } from "@/lib/access/org-access";
import { DEFAULT_LOCALE } from "@/lib/i18n/locales";
import { type Instrument } from "../instrument-schema";

export function createItems(instrument: Instrument) {
  return instrument.items.map((item, position) => ({
    key: item.key,
    position,
    dimension: item.dimension,
    theme: item.theme,
    text: item.text,
    translations: item.translations ?? {},
    themeTranslations: item.themeTranslations ?? {},
    reversed: item.reversed,
  }));
}

export async function insertInstrument(
  tx: DbTx,
  access: OrgAccess,
  instrument: Instrument,
  lineage: { lineageId: string; version: number },
): Promise<{ id: string }> {
  const created = await tx.instrument.create({
    data: {
      organisationId: access.organisation.id,
      lineageId: lineage.lineageId,
      version: lineage.version,
      name: instrument.name,
      language: instrument.language ?? DEFAULT_LOCALE,
      items: { create: createItems(instrument) },
    },
  });
  return { id: created.id };
}
