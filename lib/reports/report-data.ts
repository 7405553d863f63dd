/**
 * What the diagnostic report (DESIGN §5) holds, gathered with the same functions and the same
 * anonymity rules as the dashboards: the 3P results of a wave (overall, leaders and frontline, by
 * department — hidden figures say why), the alignment picture, the top findings, stories and actions.
 */
import { firstSentence } from "@/lib/findings/finding-anchor";
import { getDiagnosticSummary, type DiagnosticSummary } from "@/lib/dashboard/get-diagnostic-summary";
import { getModelDashboard } from "@/lib/dashboard/get-model-dashboard";
import type { ModelDashboard } from "@/lib/dashboard/rules/model-dashboard";
import { getWaveResults } from "@/lib/diagnostic/results/get-wave-results";
import type { SegmentResult } from "@/lib/diagnostic/score-results";
import type { OrgAccess } from "@/lib/access/org-access";

export type ReportData = {
  organisation: string;
  generatedOn: string;
  diagnostic: DiagnosticSummary;
  departments: { name: string; segment: SegmentResult }[];
  model: ModelDashboard;
  findings: { severity: string; rule: string; sentence: string }[];
  departmentName: Map<string, string>;
};

export async function gatherReport(access: OrgAccess, waveId?: string, today: Date = new Date()): Promise<ReportData> {
  const [diagnostic, model] = await Promise.all([
    getDiagnosticSummary(access, { kind: "organisation" }, waveId),
    getModelDashboard(access, { kind: "organisation" }),
  ]);
  const departmentName = new Map(model.departments.map((d) => [d.key, d.name]));
  const byDepartment = diagnostic.wave ? await getWaveResults(access, diagnostic.wave.id, "department") : null;
  const departments = byDepartment?.available
    ? (byDepartment.breakdown?.segments ?? []).map((segment) => ({
        name: departmentName.get(segment.key) ?? segment.key,
        segment,
      }))
    : [];
  return {
    organisation: access.organisation.name,
    generatedOn: today.toISOString().slice(0, 10),
    diagnostic,
    departments,
    model,
    findings: model.findings.top.map((f) => ({
      severity: f.severity,
      rule: f.rule,
      sentence: firstSentence(f.explanation),
    })),
    departmentName,
  };
}
