import type { Influence, ModelDocument } from "../model-schema";

/** One cell of the influence matrix as a write leaves it: an effect with its strength and rationale, or none. */
export type InfluenceCell = {
  from: string;
  to: string;
  effect: Influence["effect"] | "none";
  strength: number;
  why: string | null;
};

/** The model file's order of influences: by behaviour key, then source (keys are ASCII: JavaScript's `<`). */
function before(a: { from: string; to: string }, b: { from: string; to: string }): boolean {
  return a.to < b.to || (a.to === b.to && a.from < b.from);
}

/**
 * The model with one influence set, changed or removed, as reading the model back from the database would give
 * it (`readInfluences`: its order, and no `why` when there is none). A new model object: caches keyed by the
 * model (the system view's lookups, the scenarios' counts) must see a new version. The other sections are
 * shared with the old model, which nobody changes.
 */
export function withInfluence(model: ModelDocument, cell: InfluenceCell): ModelDocument {
  const list = model.influences;
  let low = 0;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (before(list[middle]!, cell)) low = middle + 1;
    else high = middle;
  }
  const found = low < list.length && list[low]!.from === cell.from && list[low]!.to === cell.to;
  const influences = list.slice();
  if (cell.effect === "none") {
    if (!found) return { ...model, influences };
    influences.splice(low, 1);
  } else {
    const influence: Influence = {
      from: cell.from,
      to: cell.to,
      effect: cell.effect,
      strength: cell.strength,
      ...(cell.why ? { why: cell.why } : {}),
    };
    influences.splice(low, found ? 1 : 0, influence);
  }
  return { ...model, influences };
}
