/**
 * How a statement's favourable share (the per cent of a group agreeing) is coloured in the results heat
 * map: high from 70 %, mid from 40 %, low below. A share of people agreeing is not an alignment index
 * (lib/alignment/alignment-band.ts bands those, from 75): the two measure different things and keep their
 * own thresholds, each named in one place.
 */
import type { AlignmentBand } from "@/lib/alignment/rules/alignment-band";

export const FAVOURABLE_HIGH = 70;
export const FAVOURABLE_MID = 40;

export type FavourableBand = AlignmentBand;

export function favourableBand(favourable: number): FavourableBand {
  return favourable >= FAVOURABLE_HIGH ? "high" : favourable >= FAVOURABLE_MID ? "mid" : "low";
}
