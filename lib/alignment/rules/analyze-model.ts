/**
 * The conflict analysis: a pure function of a validated model (no database, no clock), so the app, the
 * command line and the tests all run the same thing. Findings come in a deterministic order: most
 * severe first, then by rule, then in the model's order.
 */
import type { ModelDocument } from "@/lib/model/model-schema";
import { type AlignmentIndex, computeAlignment } from "./alignment-index";
import { type Finding, RULES, SEVERITIES } from "./finding";
import { indexModel } from "./model-index";
import { findObstructingKpis } from "./f1-obstructing-kpi";
import { findKpiCrossPressure } from "./f2-kpi-cross-pressure";
import { findShortTermism } from "./f3-short-termism";
import { findObstructingProcessesAndSystems } from "./f4-obstructing-process-or-system";
import { findUnsupportedBehaviours } from "./f5-unsupported-behaviour";
import { findVanityKpis } from "./f6-vanity-kpi";
import { findBlindSpots } from "./f7-blind-spot";
import { findTechnologyWithoutPeople } from "./f8-technology-without-people";
import { findUnpairedIncentives } from "./f9-unpaired-incentive";
import { findMeasuredTaskStarvation } from "./f10-measured-task-starvation";
import { findSingleMeasurePay } from "./f11-single-measure-pay";
import { findIndirectObstruction } from "./f12-indirect-obstruction";

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
  findUnpairedIncentives,
  findMeasuredTaskStarvation,
  findSingleMeasurePay,
  findIndirectObstruction,
];

/**
 * Most severe first, then by rule; within a rule and severity, in the model's own order (behaviours,
 * then their influences, as listed). A stable bucket sort: linear, with no comparisons of strings.
 */
export function orderFindings(findings: Finding[]): Finding[] {
  const buckets = new Map<string, Finding[]>();
  for (const severity of [...SEVERITIES].reverse())
    for (const rule of Object.keys(RULES)) buckets.set(`${severity} ${rule}`, []);
  for (const finding of findings) buckets.get(`${finding.severity} ${finding.rule}`)!.push(finding);
  return [...buckets.values()].flat();
}

export function analyzeModel(model: ModelDocument): Analysis {
  const index = indexModel(model);
  const findings = orderFindings(RULE_FUNCTIONS.flatMap((rule) => rule(index)));
  return { findings, alignment: computeAlignment(index) };
}
