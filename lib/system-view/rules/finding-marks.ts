/**
 * Findings laid on the graph: each item of the model and each link between two items (an influence, a KPI
 * link) gets the worst severity of the findings naming them, and the most severe of those findings.
 */
import { RULES, SEVERITIES, type Finding, type Severity } from "@/lib/alignment/rules/finding";
import type { FindingNote } from "./graph-types";

/** How many findings a node or an edge names (the most severe); the rest are counted. */
export const FINDINGS_PER_ITEM = 5;

export type Mark = { severity: Severity; findings: Finding[]; count: number };

export type FindingMarks = {
  /** "kpi:<key>", "behaviour:<key>", "role:<key>", … → mark. */
  items: Map<string, Mark>;
  /** The mark of a link between two items: an influence (kpi:a, behaviour:b) or a KPI link (kpi:a, kpi:b). */
  pair(from: string, to: string): Mark | undefined;
};

export const severityRank = (severity: Severity | undefined): number =>
  severity === undefined ? -1 : SEVERITIES.indexOf(severity);

function add(marks: Map<string, Mark>, key: string, finding: Finding) {
  const mark = marks.get(key);
  if (!mark) marks.set(key, { severity: finding.severity, findings: [finding], count: 1 });
  else {
    mark.count++;
    if (severityRank(finding.severity) > severityRank(mark.severity)) mark.severity = finding.severity;
    if (mark.findings.length < FINDINGS_PER_ITEM) mark.findings.push(finding);
  }
}

/**
 * Findings come most severe first (analyzeModel's order), so each mark keeps the most severe. Findings are
 * kept as they are (their ids and sentences are written only for the few drawn): a large model has tens of
 * thousands.
 */
export function markFindings(findings: readonly Finding[]): FindingMarks {
  const items = new Map<string, Mark>();
  const pairs = new Map<string, Map<string, Mark>>();
  const addPair = (from: string, to: string, finding: Finding) => {
    let row = pairs.get(from);
    if (!row) pairs.set(from, (row = new Map()));
    add(row, to, finding);
  };
  for (const finding of findings) {
    const sources: string[] = [];
    const behaviours: string[] = [];
    for (const subject of finding.subjects) {
      const id = `${subject.kind}:${subject.key}`;
      add(items, id, finding);
      if (subject.kind === "behaviour") behaviours.push(id);
      else if (subject.kind === "kpi" || subject.kind === "process" || subject.kind === "system") sources.push(id);
    }
    for (const source of sources) for (const behaviour of behaviours) addPair(source, behaviour, finding);
    // F12 names K, then J (K trades off against J): the link between them is part of the finding.
    if (finding.rule === "F12" && sources.length >= 2) addPair(sources[0]!, sources[1]!, finding);
  }
  return { items, pair: (from, to) => pairs.get(from)?.get(to) };
}

/** A running merge of marks, for clusters and aggregated edges. */
export class MarkSum {
  severity: Severity | undefined;
  findings: Finding[] = [];
  count = 0;

  constructor(private readonly keep = FINDINGS_PER_ITEM) {}

  add(mark: Mark | undefined): void {
    if (!mark) return;
    this.count += mark.count;
    if (severityRank(mark.severity) > severityRank(this.severity)) {
      this.severity = mark.severity;
      // A worse finding goes first: a cluster shows its most severe findings.
      this.findings = [...mark.findings, ...this.findings.filter((f) => !mark.findings.includes(f))];
    } else for (const f of mark.findings) if (!this.findings.includes(f)) this.findings.push(f);
    this.findings.length = Math.min(this.findings.length, this.keep);
  }
}

export function findingNotes(findings: Iterable<Finding>): Record<string, FindingNote> {
  const notes: Record<string, FindingNote> = {};
  for (const finding of findings) {
    if (notes[finding.id]) continue;
    notes[finding.id] = {
      id: finding.id,
      rule: finding.rule,
      ruleName: RULES[finding.rule],
      severity: finding.severity,
      explanation: finding.explanation,
    };
  }
  return notes;
}
