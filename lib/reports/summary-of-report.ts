/** The executive summary's sentences for a gathered report — one reading for the PDF and the slides. */
import { DIMENSION_NAMES } from "@/lib/diagnostic/dimension-names";
import type { Dimension } from "@/lib/diagnostic/instrument-schema";
import type { ReportData } from "./report-data";
import { executiveSummary } from "./rules/executive-summary";

export function summaryOfReport(data: ReportData): string[] {
  const d = data.diagnostic;
  return executiveSummary({
    dimensions: d.shown ? d.dimensions : null,
    dimensionNames: DIMENSION_NAMES,
    deltas: Object.fromEntries(d.deltas.filter((x) => x.measure !== "3P").map((x) => [x.measure, x.delta])) as Partial<
      Record<Dimension, number>
    >,
    previousWave: d.previousWave,
    gaps: d.gaps,
    departments: data.departments.map(({ name, segment }) => ({
      name,
      shown: segment.shown,
      index3P: segment.shown ? segment.index3P : null,
    })),
    findings: data.findings.map((f) => ({ severity: f.severity, sentence: f.sentence })),
    alignment: data.model.alignment.parts.map((p) => ({ name: p.name, index: p.index })),
  });
}
