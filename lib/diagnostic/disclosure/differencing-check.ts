/**
 * Decides whether a set of groups can be shown without singling anyone out, however the figures are
 * combined (DESIGN §4.1.1). Pure.
 *
 * Why this is exact. The figures of a group are sums over its people, so someone holding every shown
 * group's figures knows exactly the sums over the sets spanned by those groups (added and subtracted
 * any number of times). The shown tree groups (whole wave, departments, roles) are nested, so they span
 * the same sets as their "residual classes": each shown group minus its shown sub-groups. The shown
 * levels, likewise, span the shown levels and the lump of the hidden ones. What can be worked out is
 * then any f(row) + g(column) over the table of residual classes × level classes; the people it
 * isolates are the cells where f(row) ≠ −g(column), i.e. the weight of a cut of the bipartite graph
 * rows–columns (edge weight = people in the cell). So nobody can be isolated in a group of 1…k−1
 * people if and only if every cut of that graph weighs 0 or at least k.
 *
 * A cut is a choice of columns X plus a side for each row, and rows choose independently, so for each
 * X the lightest cut takes each row's cheaper side; when that is 0, the lightest non-zero cut moves
 * one row to its dearer side. Levels are at most four, so this is a handful of sums per row, kept up to
 * date as groups are added one at a time.
 */
import type { Catalogue, Group } from "./group-catalogue";

type Totals = { base: number[]; small: number[] };

export class DifferencingCheck {
  private readonly shown = new Set<string>();
  /** Per atom: the shown tree group whose residual class holds it (null before the whole wave is shown). */
  private readonly rowOf: (string | null)[];
  /** Residual class → people per level slot. */
  private readonly rows = new Map<string, number[]>();
  private readonly slots: string[];
  private readonly slotOf: number[];
  private levelShown: boolean[];
  private classOf: number[] = [];
  private masks = 1;
  private totals: Totals = { base: [0], small: [0] };

  constructor(
    private readonly catalogue: Catalogue,
    /** People per atom in this family of figures (respondents, or answers to one statement, …). */
    private readonly counts: readonly number[],
    private readonly threshold: number,
  ) {
    this.rowOf = counts.map(() => null);
    this.slots = [...new Set(catalogue.levelOf)].sort();
    this.slotOf = catalogue.levelOf.map((level) => this.slots.indexOf(level));
    this.levelShown = this.slots.map(() => false);
    this.setLevels(this.levelShown);
  }

  has(group: Group): boolean {
    return this.shown.has(group.id);
  }

  /** Whether showing `group` too keeps every combination at 0 or at least the threshold. */
  check(group: Group): boolean {
    if (this.shown.has(group.id)) return true;
    if (group.kind === "level") {
      const totals = this.totalsFor(this.levelsWith(group));
      return !violates(totals, this.threshold);
    }
    const change = this.treeChange(group);
    if (!change) return true;
    const totals = { base: [...this.totals.base], small: [...this.totals.small] };
    if (change.from) {
      this.apply(totals, change.from.vector, -1);
      this.apply(
        totals,
        change.from.vector.map((v, i) => v - change.moved[i]!),
        1,
      );
    }
    this.apply(totals, change.moved, 1);
    return !violates(totals, this.threshold);
  }

  /** Shows `group` (whether or not it passed the check: earlier snapshots' groups are taken as given). */
  add(group: Group): void {
    if (this.shown.has(group.id)) return;
    this.shown.add(group.id);
    if (group.kind === "level") {
      this.setLevels(this.levelsWith(group));
      return;
    }
    const change = this.treeChange(group);
    if (!change) return;
    if (change.from) {
      this.apply(this.totals, change.from.vector, -1);
      const rest = change.from.vector.map((v, i) => v - change.moved[i]!);
      this.apply(this.totals, rest, 1);
      this.rows.set(change.from.id, rest);
    }
    this.apply(this.totals, change.moved, 1);
    this.rows.set(group.id, change.moved);
    const from = change.from?.id ?? null;
    for (const atom of group.atoms) if (this.rowOf[atom] === from) this.rowOf[atom] = group.id;
  }

  private treeChange(group: Group): { from: { id: string; vector: number[] } | null; moved: number[] } | null {
    let ancestor: string | null = null;
    for (let at = group.parent; at !== null; at = this.catalogue.byId.get(at)?.parent ?? null) {
      if (this.shown.has(at)) {
        ancestor = at;
        break;
      }
    }
    const moved = this.slots.map(() => 0);
    let any = false;
    for (const atom of group.atoms) {
      if (this.rowOf[atom] !== ancestor) continue;
      moved[this.slotOf[atom]!]! += this.counts[atom]!;
      any = true;
    }
    if (!any) return null;
    return { from: ancestor === null ? null : { id: ancestor, vector: this.rows.get(ancestor)! }, moved };
  }

  private levelsWith(group: Group): boolean[] {
    return this.slots.map((slot, i) => this.levelShown[i]! || slot === group.id);
  }

  /** Columns: each shown level its own class, the hidden ones lumped together. */
  private classesFor(levelShown: boolean[]): { classOf: number[]; masks: number } {
    let next = 0;
    const classOf = levelShown.map((shown) => (shown ? next++ : -1));
    const lump = levelShown.some((shown) => !shown) ? next++ : -1;
    // Subsets of all classes but the last: a cut and its mirror image weigh the same.
    return { classOf: classOf.map((c) => (c === -1 ? lump : c)), masks: Math.max(1, 1 << (next - 1)) };
  }

  private totalsFor(levelShown: boolean[]): Totals {
    const { classOf, masks } = this.classesFor(levelShown);
    const totals = { base: new Array<number>(masks).fill(0), small: new Array<number>(masks).fill(0) };
    for (const vector of this.rows.values()) addRow(totals, vector, classOf, masks, 1, this.threshold);
    return totals;
  }

  private setLevels(levelShown: boolean[]): void {
    this.levelShown = levelShown;
    const { classOf, masks } = this.classesFor(levelShown);
    this.classOf = classOf;
    this.masks = masks;
    this.totals = this.totalsFor(levelShown);
  }

  private apply(totals: Totals, vector: number[], sign: 1 | -1): void {
    addRow(totals, vector, this.classOf, this.masks, sign, this.threshold);
  }
}

function addRow(
  totals: Totals,
  vector: number[],
  classOf: number[],
  masks: number,
  sign: 1 | -1,
  threshold: number,
): void {
  for (let mask = 0; mask < masks; mask++) {
    let inside = 0;
    let outside = 0;
    vector.forEach((people, slot) => {
      if ((mask >> classOf[slot]!) & 1) inside += people;
      else outside += people;
    });
    const low = Math.min(inside, outside);
    const high = Math.max(inside, outside);
    totals.base[mask]! += sign * low;
    if (low === 0 && high > 0 && high < threshold) totals.small[mask]! += sign;
  }
}

function violates(totals: Totals, threshold: number): boolean {
  return totals.base.some((base, mask) => (base > 0 && base < threshold) || (base === 0 && totals.small[mask]! > 0));
}
