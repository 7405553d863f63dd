/**
 * The conflict analysis: a pure function of a validated model (no database, no clock), so the app, the
 * command line and the tests all run the same thing. Findings come in a deterministic order: most
 * severe first, then by rule, then by subjects.
 */
import type { ModelDocument } from "@/lib/model/model-schema";
import { type AlignmentIndex, computeAlignment } from "./alignment-index";
import { type Finding, SEVERITIES } from "./finding";
import { indexModel } from "./model-index";
import { findObstructingKpis } from "./rules/f1-obstructing-kpi";
import { findKpiCrossPressure } from "./rules/f2-kpi-cross-pressure";
import { findShortTermism } from "./rules/f3-short-termism";
import { findObstructingProcessesAndSystems } from "./rules/f4-obstructing-process-or-system";
import { findUnsupportedBehaviours } from "./rules/f5-unsupported-behaviour";
import { findVanityKpis } from "./rules/f6-vanity-kpi";
import { findBlindSpots } from "./rules/f7-blind-spot";
import { findTechnologyWithoutPeople } from "./rules/f8-technology-without-people";

export type Analysis = { findings: Finding[]; alignment: AlignmentIndex };

export const RULE_FUNCTIONS = [
  findObstructingKpis,
  findKpiCrossPressure,
  findShortTermism,
  findObstructingProcessesAndSystems,
  findUnsupportedBehaviours,
  findVanityKpis,
  findBlindSpots,
  findTechnologyWithoutPeople,
];

const SEVERITY_RANK: Record<string, number> = Object.fromEntries(SEVERITIES.map((s, i) => [s, i]));

/** Most severe first; then by id, which starts with the rule ("F1:…"), so by rule, then subjects. */
export function compareFindings(a: Finding, b: Finding): number {
  return SEVERITY_RANK[b.severity]! - SEVERITY_RANK[a.severity]! || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

export function analyzeModel(model: ModelDocument): Analysis {
  const index = indexModel(model);
  const findings = RULE_FUNCTIONS.flatMap((rule) => rule(index)).sort(compareFindings);
  return { findings, alignment: computeAlignment(index) };
}
