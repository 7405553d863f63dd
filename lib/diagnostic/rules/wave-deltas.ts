/** How a wave's indices moved since the previous wave, pure. */
import type { Results } from "../disclosure/results-view";
import { DIMENSIONS, type Dimension } from "../instrument-schema";

export type WaveDelta = { measure: "3P" | Dimension; current: number; previous: number; delta: number };

/** Index in this wave − index in the previous wave of the organisation, where both are shown. */
export function waveDeltas(current: Results, previous: Results | null): WaveDelta[] {
  if (!previous || !current.total.shown || !previous.total.shown) return [];
  const deltas: WaveDelta[] = [];
  const add = (measure: WaveDelta["measure"], a: number | null | undefined, b: number | null | undefined) => {
    if (a !== null && a !== undefined && b !== null && b !== undefined)
      deltas.push({ measure, current: a, previous: b, delta: Math.round((a - b) * 10) / 10 });
  };
  add("3P", current.total.index3P, previous.total.index3P);
  for (const d of DIMENSIONS) {
    const a = current.total.dimensions[d];
    const b = previous.total.dimensions[d];
    add(d, a.shown ? a.index : null, b.shown ? b.index : null);
  }
  return deltas;
}
