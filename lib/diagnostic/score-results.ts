/**
 * The §4.1 figures of responses held in memory — overall, and broken down by department, role or
 * level — through the same disclosure plan and view as the app (`disclosure/`). The command line's
 * `score` and the tests use it; the app adds responses up in SQL and publishes them per wave.
 */
import type { AnonymityOptions } from "./rules/anonymity";
import { atomsFromResponses, cellKey } from "./disclosure/atoms";
import { buildCatalogue } from "./disclosure/group-catalogue";
import { planDisclosure } from "./disclosure/plan-disclosure";
import { type BreakdownField, type Results, viewResults } from "./disclosure/results-view";
import { EMPTY_STRUCTURE, normaliseAtoms, type WaveStructure } from "./disclosure/wave-structure";
import { DIMENSIONS, type Dimension, type Instrument } from "./instrument-schema";
import type { DiagnosticResponse } from "./rules/scoring";

export type {
  BreakdownField,
  GapResult,
  Hidden,
  Results,
  SegmentResult,
  ShownDimension,
  ShownItem,
} from "./disclosure/results-view";
export { NOT_STATED } from "./disclosure/group-catalogue";

export function scoreResults(
  instrument: Instrument,
  responses: readonly DiagnosticResponse[],
  options: AnonymityOptions,
  by?: BreakdownField,
  structure: WaveStructure = EMPTY_STRUCTURE,
): Results {
  const normalised = normaliseAtoms(structure, atomsFromResponses(instrument, responses));
  const catalogue = buildCatalogue(normalised.structure, normalised.atoms);
  const plan = planDisclosure(catalogue, [catalogue.atoms], [], options, true);
  // Comments of the responses in the given atoms (matched on their normalised cell).
  const roleDepartment = new Map(normalised.structure.roles.map((r) => [r.key, r.department]));
  const cellOf = (r: DiagnosticResponse) =>
    cellKey({
      department: (r.role ? roleDepartment.get(r.role) : undefined) ?? r.department ?? null,
      role: r.role ?? null,
      level: r.level ?? null,
    });
  const comments = (atoms: readonly { department: string | null; role: string | null; level: string | null }[]) => {
    const cells = new Set(atoms.map(cellKey));
    const texts = Object.fromEntries(DIMENSIONS.map((d) => [d, [] as string[]])) as Record<Dimension, string[]>;
    for (const response of responses) {
      if (!cells.has(cellOf(response))) continue;
      for (const d of DIMENSIONS) {
        const text = response.comments?.[d]?.trim();
        if (text) texts[d].push(text);
      }
    }
    return texts;
  };
  return viewResults(
    { catalogue, plan, thresholds: options, items: instrument.items, comments, commentsReleased: true },
    { kind: "everyone" },
    null,
    by,
  );
}
