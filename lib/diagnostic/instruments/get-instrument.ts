/** One instrument as a document, with whether it is frozen. */
import { assertCan, type OrgAccess } from "@/lib/access/org-access";
import { INSTRUMENT_FORMAT, type Instrument } from "../instrument-schema";
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
      items: instrument.items.map((i) => ({
        key: i.key,
        dimension: i.dimension,
        theme: i.theme,
        text: i.text,
        reversed: i.reversed,
      })),
    },
    version: instrument.version,
    lineageId: instrument.lineageId,
    frozen: instrument.waves.some((w) => w.status !== "draft"),
    waves: instrument.waves.map((w) => w.name),
  };
}
