/** One instrument as a document, with whether it is frozen. */
import { assertCan, type OrgAccess } from "@/lib/access/org-access";
import type { Locale } from "@/lib/i18n/locales";
import { INSTRUMENT_FORMAT, type Instrument } from "../instrument-schema";
import { storedThemeTranslations, storedTranslations } from "./stored-translations";
import { instrumentOf } from "./instrument-of";

/** The instrument as a `throughline.instrument/1` document (for export and the editor). */
export async function getInstrument(
  access: OrgAccess,
  instrumentId: string,
): Promise<{ document: Instrument; version: number; lineageId: string; frozen: boolean; waves: string[] }> {
  assertCan(access, "diagnostic:manage");
  const instrument = await instrumentOf(access, instrumentId);
  return {
    document: {
      format: INSTRUMENT_FORMAT,
      name: instrument.name,
      language: instrument.language as Locale,
      items: instrument.items.map((i) => {
        const translations = storedTranslations(i.translations);
        const themeTranslations = storedThemeTranslations(i.themeTranslations);
        return {
          key: i.key,
          dimension: i.dimension,
          theme: i.theme,
          text: i.text,
          reversed: i.reversed,
          // Left out when there are none, so a file without translations exports as it came in.
          ...(Object.keys(translations).length > 0 && { translations }),
          ...(Object.keys(themeTranslations).length > 0 && { themeTranslations }),
        };
      }),
    },
    version: instrument.version,
    lineageId: instrument.lineageId,
    frozen: instrument.waves.some((w) => w.status !== "draft"),
    waves: instrument.waves.map((w) => w.name),
  };
}
