/**
 * What a scenario would do to the organisation's model as it is now (DESIGN §4.2 "What-if"): the findings
 * it would clear and make appear, most severe first, and the alignment index before and after, overall and
 * per department. Nothing is written.
 */
import { getOrganisationAnalysis } from "@/lib/alignment/get-organisation-analysis";
import { RULES, SEVERITIES, type Finding, type Severity } from "@/lib/alignment/rules/finding";
import { assertCan, type OrgAccess } from "@/lib/access/org-access";
import { ValidationError } from "@/lib/errors";
import type { ScenarioEdit } from "./rules/scenario-schema";
import { getScenario } from "./get-scenario";
import { whatIf } from "./rules/what-if";

/** Enough to read and act on; the counts say how many there are in all. */
const LISTED = 100;

/**
 * `otherSeverity`: the same finding on the other side at another severity — a cleared finding that stays at
 * a lower one, or an appearing one that was more severe — so a leader reads "eases to high", not a new problem.
 */
export type PreviewFinding = Pick<Finding, "id" | "rule" | "severity" | "explanation"> & {
  ruleName: string;
  otherSeverity?: Severity;
};
export type ScenarioPreview = {
  cleared: PreviewFinding[];
  appeared: PreviewFinding[];
  clearedCount: number;
  appearedCount: number;
  alignment: {
    before: number | null;
    after: number | null;
    departments: { key: string; name: string; before: number | null; after: number | null }[];
  };
};

const bySeverity = (a: Finding, b: Finding) => SEVERITIES.indexOf(b.severity) - SEVERITIES.indexOf(a.severity);
const listed = (findings: Finding[], other: Finding[]): PreviewFinding[] => {
  const otherSeverity = new Map(other.map((f) => [f.id, f.severity]));
  return [...findings]
    .sort(bySeverity)
    .slice(0, LISTED)
    .map((f) => ({
      id: f.id,
      rule: f.rule,
      ruleName: RULES[f.rule],
      severity: f.severity,
      explanation: f.explanation,
      ...(otherSeverity.has(f.id) ? { otherSeverity: otherSeverity.get(f.id) } : {}),
    }));
};

export async function previewScenario(access: OrgAccess, edits: readonly ScenarioEdit[]): Promise<ScenarioPreview> {
  assertCan(access, "organisation:read");
  const { model, analysis } = await getOrganisationAnalysis(access);
  const result = whatIf(model, edits, analysis);
  if (!result.ok) {
    const [problem] = result.problems;
    throw new ValidationError(problem!.path, `${problem!.message}.`);
  }
  const { before, after } = result.alignment;
  return {
    cleared: listed(result.cleared, result.appeared),
    appeared: listed(result.appeared, result.cleared),
    clearedCount: result.cleared.length,
    appearedCount: result.appeared.length,
    alignment: {
      before: before.organisation,
      after: after.organisation,
      departments: model.departments.map((d) => ({
        key: d.key,
        name: d.name,
        before: before.departments[d.key] ?? null,
        after: after.departments[d.key] ?? null,
      })),
    },
  };
}

/** The preview of a saved scenario the member may see (404 otherwise). */
export async function previewSavedScenario(access: OrgAccess, id: string): Promise<ScenarioPreview> {
  const scenario = await getScenario(access, id);
  return previewScenario(access, scenario.edits);
}
