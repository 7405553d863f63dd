/**
 * Independent references for the anonymity tests: they know nothing of cuts or residual classes, they
 * just take what a member could see and try every subtraction. Test support only.
 */
import type { Atom } from "./atoms";
import { DIMENSIONS } from "../instrument-schema";
import { ALL, type Catalogue, groupId, LEVEL_ORDER } from "./group-catalogue";
import type { DisclosurePlan } from "./plan-disclosure";

/** A published figure's people, as counts per cell (cells: atom × increment). */
export type Vector = number[];

/** Every pair A ⊇ B of visible sets: the people in A and not in B number 0 or at least k. */
export function smallestPairDifference(vectors: readonly Vector[], threshold: number): number | null {
  for (const a of vectors) {
    for (const b of vectors) {
      if (a === b) continue;
      let contains = true;
      let difference = 0;
      for (let i = 0; i < a.length; i++) {
        if (b[i]! > a[i]!) {
          contains = false;
          break;
        }
        difference += a[i]! - b[i]!;
      }
      if (contains && difference > 0 && difference < threshold) return difference;
    }
  }
  return null;
}

/**
 * Every combination of the visible sets with coefficients −1, 0 or 1: the people it does not cancel out
 * number 0 or at least k. (Figures are sums over people, so such a combination is exactly what
 * subtracting and adding published figures tells.)
 */
export function smallestCombination(vectors: readonly Vector[], threshold: number): number | null {
  const m = vectors.length;
  if (m === 0) return null;
  const width = vectors[0]!.length;
  const coefficients = new Array<number>(m).fill(-1);
  const total = 3 ** m;
  for (let combination = 0; combination < total; combination++) {
    let rest = combination;
    for (let j = 0; j < m; j++) {
      coefficients[j] = (rest % 3) - 1;
      rest = Math.floor(rest / 3);
    }
    let support = 0;
    for (let i = 0; i < width; i++) {
      let value = 0;
      for (let j = 0; j < m; j++) if (coefficients[j]) value += coefficients[j]! * (vectors[j]![i]! > 0 ? 1 : 0);
      if (value !== 0) support += Math.max(...vectors.map((v) => v[i]!));
    }
    if (support > 0 && support < threshold) return support;
  }
  return null;
}

/** The figures' families: respondents, each statement's answers, each dimension's respondents. */
export const families = (plan: DisclosurePlan): { name: string; groups: string[]; count: (atom: Atom) => number }[] => [
  { name: "respondents", groups: plan.groups, count: (a) => a.respondents },
  ...Object.entries(plan.items).map(([key, groups]) => ({
    name: `item ${key}`,
    groups,
    count: (a: Atom) => a.items[key]?.n ?? 0,
  })),
  ...DIMENSIONS.map((d) => ({
    name: `dimension ${d}`,
    groups: plan.dimensions[d],
    count: (a: Atom) => a.dimensions[d].respondents,
  })),
];

/** A group's people per atom of the catalogue, for one family. */
export function groupVector(
  catalogue: Catalogue,
  atoms: readonly Atom[],
  id: string,
  count: (atom: Atom) => number,
): Vector {
  const group = catalogue.byId.get(id);
  const members = new Set(group?.atoms ?? []);
  return atoms.map((atom, i) => (members.has(i) ? count(atom) : 0));
}

export { ALL, groupId, LEVEL_ORDER };
