/**
 * Atoms: the respondents of one (department, role, level) cell, added up. Every group results are shown
 * for — the organisation, a department with its sub-departments, a role, a level — is a union of
 * atoms, so its figures are sums of theirs, and the anonymity rules reason about atoms only. Pure.
 */
import { DIMENSIONS, type Dimension, type Instrument } from "../instrument-schema";
import { recoded, respondentDimensionScore, type DiagnosticResponse } from "@/lib/diagnostic/rules/scoring";

export type ItemSums = { n: number; sum: number; favourable: number; unfavourable: number };
export type DimensionSums = { respondents: number; sumOfScores: number };

export type Atom = {
  department: string | null;
  role: string | null;
  level: string | null;
  respondents: number;
  /** By statement key. */
  items: Record<string, ItemSums>;
  dimensions: Record<Dimension, DimensionSums>;
};

export type AtomCell = Pick<Atom, "department" | "role" | "level">;

export const cellKey = (cell: AtomCell): string => JSON.stringify([cell.department, cell.role, cell.level]);

export function emptyAtom(cell: AtomCell): Atom {
  return {
    department: cell.department,
    role: cell.role,
    level: cell.level,
    respondents: 0,
    items: {},
    dimensions: Object.fromEntries(DIMENSIONS.map((d) => [d, { respondents: 0, sumOfScores: 0 }])) as Record<
      Dimension,
      DimensionSums
    >,
  };
}

/** Adds (sign 1) or subtracts (sign −1) one atom's sums into another's. */
export function accumulate(target: Atom, source: Atom, sign: 1 | -1 = 1): void {
  target.respondents += sign * source.respondents;
  for (const [key, s] of Object.entries(source.items)) {
    const t = (target.items[key] ??= { n: 0, sum: 0, favourable: 0, unfavourable: 0 });
    t.n += sign * s.n;
    t.sum += sign * s.sum;
    t.favourable += sign * s.favourable;
    t.unfavourable += sign * s.unfavourable;
  }
  for (const d of DIMENSIONS) {
    target.dimensions[d].respondents += sign * source.dimensions[d].respondents;
    target.dimensions[d].sumOfScores += sign * source.dimensions[d].sumOfScores;
  }
}

/** Atoms of responses held in memory (the command line and tests; the app adds them up in SQL). */
export function atomsFromResponses(instrument: Instrument, responses: readonly DiagnosticResponse[]): Atom[] {
  const atoms = new Map<string, Atom>();
  for (const response of responses) {
    const cell = {
      department: response.department ?? null,
      role: response.role ?? null,
      level: response.level ?? null,
    };
    const key = cellKey(cell);
    let atom = atoms.get(key);
    if (!atom) atoms.set(key, (atom = emptyAtom(cell)));
    atom.respondents++;
    for (const item of instrument.items) {
      const value = recoded(item, response.answers[item.key]);
      if (value === null) continue;
      const s = (atom.items[item.key] ??= { n: 0, sum: 0, favourable: 0, unfavourable: 0 });
      s.n++;
      s.sum += value;
      if (value >= 4) s.favourable++;
      if (value <= 2) s.unfavourable++;
    }
    for (const d of DIMENSIONS) {
      const score = respondentDimensionScore(instrument.items, response, d);
      if (score === null) continue;
      atom.dimensions[d].respondents++;
      atom.dimensions[d].sumOfScores += score;
    }
  }
  return [...atoms.values()];
}
