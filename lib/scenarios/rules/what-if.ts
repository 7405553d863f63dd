/**
 * What-if (DESIGN §4.2, §7 `whatif`): the findings a scenario would clear and make appear, and the
 * alignment indices before and after. A pure function of the model and the scenario, like the analysis.
 *
 * A finding is the same finding when its rule, subjects and severity are the same: a finding whose
 * severity changes (a critical F1 that becomes high once the pay link goes) is listed as cleared at its old
 * severity and as appearing at its new one, since that is what a leader needs to see.
 */
import { analyzeModel, type Analysis } from "@/lib/alignment/rules/analyze-model";
import type { AlignmentIndex } from "@/lib/alignment/rules/alignment-index";
import type { Finding } from "@/lib/alignment/rules/finding";
import type { ModelDocument } from "@/lib/model/model-schema";
import { applyScenario, type ScenarioProblem } from "./apply-scenario";
import type { ScenarioEdit } from "./scenario-schema";

export type WhatIf = {
  cleared: Finding[];
  appeared: Finding[];
  alignment: { before: AlignmentIndex; after: AlignmentIndex };
};
export type WhatIfResult = ({ ok: true; model: ModelDocument } & WhatIf) | { ok: false; problems: ScenarioProblem[] };

/**
 * Each finding's severity by its identity (rule and subjects: one finding per identity). Kept per analysis: the
 * app compares every scenario with the same analysis of the model as it is, so that side is built once.
 */
const severitiesOf = new WeakMap<Analysis, Map<string, Finding["severity"]>>();
function severities(analysis: Analysis): Map<string, Finding["severity"]> {
  let found = severitiesOf.get(analysis);
  if (!found) {
    found = new Map();
    for (const finding of analysis.findings) found.set(finding.id, finding.severity);
    severitiesOf.set(analysis, found);
  }
  return found;
}

/** What changes between two analyses: findings in one and not the other, in each analysis's own order. */
export function compareAnalyses(before: Analysis, after: Analysis): WhatIf {
  const inBefore = severities(before);
  const inAfter = severities(after);
  return {
    cleared: before.findings.filter((finding) => inAfter.get(finding.id) !== finding.severity),
    appeared: after.findings.filter((finding) => inBefore.get(finding.id) !== finding.severity),
    alignment: { before: before.alignment, after: after.alignment },
  };
}

/**
 * Runs the scenario. `before` is the model's analysis when the caller already has it (the app keeps the
 * organisation's), so only the edited model is analysed.
 */
export function whatIf(model: ModelDocument, edits: readonly ScenarioEdit[], before?: Analysis): WhatIfResult {
  const applied = applyScenario(model, edits);
  if (!applied.ok) return applied;
  return {
    ok: true,
    model: applied.model,
    ...compareAnalyses(before ?? analyzeModel(model), analyzeModel(applied.model)),
  };
}
