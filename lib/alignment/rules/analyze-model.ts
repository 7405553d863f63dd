/**
 * The conflict analysis: a pure function of a validated model (no database, no clock), so the app, the
 * command line and the tests all run the same thing. Findings come in a deterministic order: most
 * severe first, then by rule, then in the model's order.
 */
import type { ModelDocument } from "@/lib/model/model-schema";
import { type AlignmentIndex, computeAlignment } from "./alignment-index";
import { type Finding, RULE_IDS, type RuleId, SEVERITIES, type Severity } from "./finding";
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

const SEVERITY_RANK: Record<Severity, number> = { low: 0, medium: 1, high: 2, critical: 3 };
const RULE_RANK = Object.fromEntries(RULE_IDS.map((rule, at) => [rule, at])) as Record<RuleId, number>;

/**
 * Most severe first, then by rule; within a rule and severity, in the model's own order (behaviours,
 * then their influences, as listed). A stable counting sort over the 48 (severity, rule) buckets: linear,
 * with no comparisons and no strings built.
 */
export function orderFindings(findings: Finding[]): Finding[] {
  const rules = RULE_IDS.length;
  const bucketOf = new Int32Array(findings.length);
  const start = new Int32Array(SEVERITIES.length * rules + 1);
  for (let f = 0; f < findings.length; f++) {
    const finding = findings[f]!;
    const bucket = (SEVERITIES.length - 1 - SEVERITY_RANK[finding.severity]) * rules + RULE_RANK[finding.rule];
    bucketOf[f] = bucket;
    start[bucket + 1]!++;
  }
  for (let b = 0; b + 1 < start.length; b++) start[b + 1]! += start[b]!;
  const ordered = new Array<Finding>(findings.length);
  for (let f = 0; f < findings.length; f++) ordered[start[bucketOf[f]!]!++] = findings[f]!;
  return ordered;
}

export function analyzeModel(model: ModelDocument): Analysis {
  const index = indexModel(model);
  const found: Finding[] = [];
  for (const rule of RULE_FUNCTIONS) for (const finding of rule(index)) found.push(finding);
  return { findings: orderFindings(found), alignment: computeAlignment(index) };
}
