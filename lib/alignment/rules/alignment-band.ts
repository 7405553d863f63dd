/**
 * How an alignment index is coloured everywhere (heat maps, bars): high from 75, mid from 40, low below;
 * null without approved behaviours. The one place for alignment indices, so a number reads the same colour
 * on every page. A diagnostic statement's favourable share (per cent agreeing) is a different measure with
 * its own bands (high from 70): lib/diagnostic/rules/favourable-band.ts.
 */
export type AlignmentBand = "high" | "mid" | "low";

/** The lowest index of each band (legends name them too). */
export const ALIGNMENT_HIGH = 75;
export const ALIGNMENT_MID = 40;

export function alignmentBand(index: number | null): AlignmentBand | null {
  if (index === null) return null;
  return index >= ALIGNMENT_HIGH ? "high" : index >= ALIGNMENT_MID ? "mid" : "low";
}
