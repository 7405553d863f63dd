/**
 * The report's executive summary: the three things that most need attention, as sentences written
 * from the figures. Only figures the disclosure view shows are ever quoted — a hidden dimension, gap
 * or department is not a candidate at all. Pure.
 */
import type { Dimension } from "@/lib/diagnostic/instrument-schema";

type Figure = { shown: true; index: number } | { shown: false };

export type SummaryFigures = {
  dimensions: Record<Dimension, Figure> | null;
  dimensionNames: Record<Dimension, string>;
  /** Change since the previous wave, per dimension, where both waves show it. */
  deltas: Partial<Record<Dimension, number>>;
  previousWave: string | null;
  gaps: ({ dimension: Dimension; shown: true; gap: number; leader: number; frontline: number } | { shown: false })[];
  departments: { name: string; index3P: number | null; shown: boolean }[];
  /** The most severe open finding first. */
  findings: { severity: "low" | "medium" | "high" | "critical"; sentence: string }[];
  alignment: { name: string; index: number | null }[];
};

export type Attention = {
  kind: "dimension" | "gap" | "finding" | "department" | "alignment";
  concern: number;
  sentence: string;
};

const SEVERITY_CONCERN = { critical: 90, high: 70, medium: 45, low: 20 } as const;
const signed = (n: number) => `${n > 0 ? "+" : n < 0 ? "−" : "±"}${Math.abs(n)}`;

/**
 * Every candidate with how much it concerns us (0–100), so that different kinds compare: a dimension
 * or department by how far it falls short of 100, a gap weighted three to one (a 10-point gap is where
 * the dashboard calls one out), a finding by its severity, an alignment index by what is not aligned.
 */
export function attentionCandidates(figures: SummaryFigures): Attention[] {
  const out: Attention[] = [];
  const dims = figures.dimensions;
  if (dims) {
    const shown = (Object.entries(dims) as [Dimension, Figure][]).filter(
      (e): e is [Dimension, { shown: true; index: number }] => e[1].shown,
    );
    const weakest = shown.sort((a, b) => a[1].index - b[1].index)[0];
    if (weakest) {
      const [dimension, { index }] = weakest;
      const delta = figures.deltas[dimension];
      const change =
        delta !== undefined && figures.previousWave ? ` (${signed(delta)} since ${figures.previousWave})` : "";
      out.push({
        kind: "dimension",
        concern: 100 - index,
        sentence: `${figures.dimensionNames[dimension]} is the weakest dimension at ${index} out of 100${change}.`,
      });
    }
  }
  const widest = figures.gaps
    .filter((g): g is Extract<SummaryFigures["gaps"][number], { shown: true }> => g.shown)
    .sort((a, b) => Math.abs(b.gap) - Math.abs(a.gap))[0];
  if (widest && widest.gap !== 0) {
    const higher = widest.gap > 0 ? "Leaders" : "The frontline";
    out.push({
      kind: "gap",
      concern: Math.min(100, Math.abs(widest.gap) * 3),
      sentence: `${higher} rate ${figures.dimensionNames[widest.dimension]} ${Math.abs(widest.gap)} points higher than ${widest.gap > 0 ? "the frontline" : "leaders"} (${widest.leader} against ${widest.frontline}).`,
    });
  }
  const finding = figures.findings[0];
  if (finding) {
    out.push({
      kind: "finding",
      concern: SEVERITY_CONCERN[finding.severity],
      sentence: `The most severe finding (${finding.severity}): ${finding.sentence.replace(/\.?$/, ".")}`,
    });
  }
  const lowestDepartment = figures.departments
    .filter((d): d is { name: string; index3P: number; shown: true } => d.shown && d.index3P !== null)
    .sort((a, b) => a.index3P - b.index3P)[0];
  if (lowestDepartment && figures.departments.filter((d) => d.shown).length > 1) {
    out.push({
      kind: "department",
      concern: 100 - lowestDepartment.index3P,
      sentence: `${lowestDepartment.name} has the lowest 3P index of the departments shown, ${lowestDepartment.index3P}.`,
    });
  }
  const leastAligned = figures.alignment
    .filter((a): a is { name: string; index: number } => a.index !== null)
    .sort((a, b) => a.index - b.index)[0];
  if (leastAligned) {
    out.push({
      kind: "alignment",
      concern: 100 - leastAligned.index,
      sentence: `${leastAligned.name} has the lowest alignment: ${leastAligned.index} % of its approved behaviours are free of a KPI, process or system working against them.`,
    });
  }
  return out;
}

/** The three candidates of most concern, one per kind, most concerning first (ties keep the order above). */
export function executiveSummary(figures: SummaryFigures, count = 3): string[] {
  return attentionCandidates(figures)
    .map((a, order) => ({ ...a, order }))
    .sort((a, b) => b.concern - a.concern || a.order - b.order)
    .slice(0, count)
    .map((a) => a.sentence);
}
