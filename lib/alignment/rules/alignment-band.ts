/**
 * How an alignment index is coloured everywhere (heat maps, bars): high from 75, mid from 40, low below;
 * null without approved behaviours. One place, so a number reads the same colour on every page.
 */
export type AlignmentBand = "high" | "mid" | "low";

export function alignmentBand(index: number | null): AlignmentBand | null {
  if (index === null) return null;
  return index >= 75 ? "high" : index >= 40 ? "mid" : "low";
}
