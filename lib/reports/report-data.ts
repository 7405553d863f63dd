/**
 * What the diagnostic report (DESIGN §5) holds, gathered with the same functions and the same
 * anonymity rules as the dashboards: the 3P results of a wave (overall, leaders and frontline, by
 * department, statement by statement — hidden figures say why), participation, the alignment picture,
 * findings with the customer story beside each, actions, and the organisation's branding.
 */
import { firstSentence } from "@/lib/findings/finding-anchor";
import { getDiagnosticSummary, type DiagnosticSummary } from "@/lib/dashboard/get-diagnostic-summary";
import { getModelDashboard } from "@/lib/dashboard/get-model-dashboard";
import type { ModelDashboard } from "@/lib/dashboard/rules/model-dashboard";
import type { Story } from "@/lib/dashboard/rules/pick-story";
import { reviewedFindings } from "@/lib/dashboard/reviewed-findings";
import type { Dimension } from "@/lib/diagnostic/instrument-schema";
import { getWaveResults } from "@/lib/diagnostic/results/get-wave-results";
import type { SegmentResult } from "@/lib/diagnostic/score-results";
import { waveParticipation, type Participation } from "@/lib/diagnostic/waves/get-wave-participation";
import type { OrgAccess } from "@/lib/access/org-access";
import { getReportBranding, type ReportBranding } from "./get-report-branding";
import { storiesForFindings } from "./rules/finding-stories";

export type ReportFinding = {
  severity: "low" | "medium" | "high" | "critical";
  rule: string;
  sentence: string;
  explanation: string;
  /** The customer story told beside it (each story beside one finding only), if one fits. */
  story: Story | null;
};

export type ReportData = {
  organisation: string;
  generatedOn: string;
  diagnostic: DiagnosticSummary;
  departments: { name: string; segment: SegmentResult }[];
  model: ModelDashboard;
  findings: ReportFinding[];
  departmentName: Map<string, string>;
  /** The wave's dates (ISO days), when set. */
  waveDates: { opensOn: string | null; closesOn: string | null };
  /** The anonymity threshold of the wave's results; null when no results are available. */
  k: number | null;
  /** Every statement of the wave's instrument, in order. */
  statements: { key: string; dimension: Dimension; text: string }[];
  /** The whole scope's figures per statement (the same view's `total`), or null when hidden. */
  total: SegmentResult | null;
  /** Invitation links answered per department, as far as anonymity allows. */
  participation: Participation[];
  branding: ReportBranding;
};

const isoDay = (date: Date | null | undefined) => (date ? date.toISOString().slice(0, 10) : null);

export async function gatherReport(access: OrgAccess, waveId?: string, today: Date = new Date()): Promise<ReportData> {
  const [diagnostic, model, reviewed, branding] = await Promise.all([
    getDiagnosticSummary(access, { kind: "organisation" }, waveId),
    getModelDashboard(access, { kind: "organisation" }),
    reviewedFindings(access),
    getReportBranding(access),
  ]);
  const departmentName = new Map(model.departments.map((d) => [d.key, d.name]));
  const wave = diagnostic.wave;
  const [byDepartment, participation, waveRow] = wave
    ? await Promise.all([
        getWaveResults(access, wave.id, "department"),
        waveParticipation(access, wave.id, "department"),
        access.db.wave.findFirst({
          where: { id: wave.id, organisationId: access.organisation.id },
          select: { opensAt: true, closesAt: true },
        }),
      ])
    : [null, [], null];
  const available = byDepartment?.available ? byDepartment : null;
  const departments = (available?.breakdown?.segments ?? []).map((segment) => ({
    name: departmentName.get(segment.key) ?? segment.key,
    segment,
  }));
  const top = model.findings.top;
  const stories = storiesForFindings(reviewed.model, top, model.stories.inScope);
  return {
    organisation: access.organisation.name,
    generatedOn: today.toISOString().slice(0, 10),
    diagnostic,
    departments,
    model,
    findings: top.map((f, i) => ({
      severity: f.severity,
      rule: f.rule,
      sentence: firstSentence(f.explanation),
      explanation: f.explanation,
      story: stories[i] ?? null,
    })),
    departmentName,
    waveDates: { opensOn: isoDay(waveRow?.opensAt), closesOn: isoDay(waveRow?.closesAt) },
    k: available?.k ?? null,
    statements: (byDepartment?.statements ?? []).map((s) => ({ key: s.key, dimension: s.dimension, text: s.text })),
    total: available?.total ?? null,
    participation,
    branding,
  };
}
