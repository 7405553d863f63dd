import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Influence, ModelDocument } from "../model-schema";
import { withInfluence, type InfluenceCell } from "./influence-in-model";

const model = (influences: Influence[]) => ({ organisation: { name: "Co" }, influences }) as unknown as ModelDocument;

/** What reading the model back gives, written the plain way: drop the cell, add it again, sort the whole list. */
function reference(influences: Influence[], cell: InfluenceCell): Influence[] {
  const rest = influences.filter((i) => !(i.from === cell.from && i.to === cell.to));
  if (cell.effect !== "none") {
    rest.push({
      from: cell.from,
      to: cell.to,
      effect: cell.effect,
      strength: cell.strength,
      ...(cell.why ? { why: cell.why } : {}),
    });
  }
  return rest.sort((a, b) => (a.to < b.to ? -1 : a.to > b.to ? 1 : a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
}

// Few keys, so that a cell often names an influence already there.
const source = fc.constantFrom("kpi:a", "kpi:ab", "kpi:b", "process:a", "system:z");
const behaviour = fc.constantFrom("b", "b-1", "b1", "c", "C");
const cell = fc.record({
  from: source,
  to: behaviour,
  effect: fc.constantFrom("supports", "obstructs", "none"),
  strength: fc.integer({ min: 1, max: 3 }),
  why: fc.option(fc.constantFrom("", "because", "it counts calls"), { nil: null }),
}) as fc.Arbitrary<InfluenceCell>;

describe("withInfluence", () => {
  it("gives the list reading the model back would give, for any list and any cell", () => {
    fc.assert(
      fc.property(fc.array(cell, { maxLength: 30 }), cell, (cells, change) => {
        // A list as the database gives it: at most one influence per cell, in the model file's order.
        const influences = cells.reduce<Influence[]>((list, c) => reference(list, c), []);
        const before = model(influences);
        const after = withInfluence(before, change);
        expect(after.influences).toEqual(reference(influences, change));
        expect(after).not.toBe(before);
        expect(before.influences).toEqual(influences);
      }),
      { numRuns: 500 },
    );
  });

  it("keeps no empty rationale and replaces an influence in its place", () => {
    const list: Influence[] = [
      { from: "kpi:a", to: "b", effect: "supports", strength: 2, why: "old" },
      { from: "kpi:a", to: "c", effect: "supports", strength: 1 },
    ];
    const after = withInfluence(model(list), { from: "kpi:a", to: "b", effect: "obstructs", strength: 3, why: "" });
    expect(after.influences).toEqual([{ from: "kpi:a", to: "b", effect: "obstructs", strength: 3 }, list[1]]);
  });
});
