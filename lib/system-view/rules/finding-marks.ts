/**
 * Findings laid on the graph: each item of the model and each link between two items (an influence, a KPI
 * link) gets the worst severity of the findings naming them, and the most severe of those findings.
 */
import {
  RULES,
  SEVERITIES,
  type Finding,
  type Severity,
  type Subject,
  type SubjectKind,
} from "@/lib/alignment/rules/finding";
import type { FindingNote } from "./graph-types";

/** How many findings a node or an edge names (the most severe); the rest are counted. */
export const FINDINGS_PER_ITEM = 5;

export type Mark = { severity: Severity; findings: Finding[]; count: number };

export type FindingMarks = {
  /** "kpi:<key>", "behaviour:<key>", "role:<key>", … → mark. */
  items: Map<string, Mark>;
  /** The same by kind and key, without building the id (20,000 behaviours at 1×). */
  item(kind: SubjectKind, key: string): Mark | undefined;
  /** The mark of a link between two items: an influence (kpi:a, behaviour:b) or a KPI link (kpi:a, kpi:b). */
  pair(from: string, to: string): Mark | undefined;
  /** The mark of an influence: its source's id ("kpi:<key>") and its behaviour's key (100,000 at 1×). */
  influence(from: string, behaviour: string): Mark | undefined;
};

export const severityRank = (severity: Severity | undefined): number =>
  severity === undefined ? -1 : SEVERITIES.indexOf(severity);

function add<K>(marks: Map<K, Mark>, key: K, finding: Finding): Mark {
  const mark = marks.get(key);
  if (!mark) {
    const made = { severity: finding.severity, findings: [finding], count: 1 };
    marks.set(key, made);
    return made;
  }
  mark.count++;
  if (severityRank(finding.severity) > severityRank(mark.severity)) mark.severity = finding.severity;
  if (mark.findings.length < FINDINGS_PER_ITEM) mark.findings.push(finding);
  return mark;
}

/** What a source (a KPI, process or system) is linked to: behaviours by key, other items by id. */
type Row = { behaviours: Map<string, Mark>; others: Map<string, Mark> };

const BEHAVIOUR = "behaviour:";

/**
 * Findings come most severe first (analyzeModel's order), so each mark keeps the most severe. Findings are
 * kept as they are (their ids and sentences are written only for the few drawn): a large model has tens of
 * thousands. Marks are found by kind and key, each id written once per item rather than once per mention:
 * 77,635 findings at 1× name 200,000 subjects.
 */
export function markFindings(findings: readonly Finding[]): FindingMarks {
  const items = new Map<string, Mark>();
  const byKind = new Map<SubjectKind, Map<string, Mark>>();
  const rowsByKind = new Map<SubjectKind, Map<string, Row>>();
  const rows = new Map<string, Row>();
  const markItem = (kind: SubjectKind, key: string, finding: Finding) => {
    let marks = byKind.get(kind);
    if (!marks) byKind.set(kind, (marks = new Map()));
    const mark = add(marks, key, finding);
    if (mark.count === 1) items.set(`${kind}:${key}`, mark);
  };
  const rowOf = (source: Subject): Row => {
    let ofKind = rowsByKind.get(source.kind);
    if (!ofKind) rowsByKind.set(source.kind, (ofKind = new Map()));
    let row = ofKind.get(source.key);
    if (!row) {
      ofKind.set(source.key, (row = { behaviours: new Map(), others: new Map() }));
      rows.set(`${source.kind}:${source.key}`, row);
    }
    return row;
  };
  const sources: Subject[] = [];
  const behaviours: string[] = [];
  for (const finding of findings) {
    sources.length = 0;
    behaviours.length = 0;
    for (const subject of finding.subjects) {
      markItem(subject.kind, subject.key, finding);
      if (subject.kind === "behaviour") behaviours.push(subject.key);
      else if (subject.kind === "kpi" || subject.kind === "process" || subject.kind === "system") sources.push(subject);
    }
    if (behaviours.length > 0)
      for (const source of sources) {
        const row = rowOf(source);
        for (const behaviour of behaviours) add(row.behaviours, behaviour, finding);
      }
    // F12 names K, then J (K trades off against J): the link between them is part of the finding.
    if (finding.rule === "F12" && sources.length >= 2)
      add(rowOf(sources[0]!).others, `${sources[1]!.kind}:${sources[1]!.key}`, finding);
  }
  return {
    items,
    item: (kind, key) => byKind.get(kind)?.get(key),
    pair(from, to) {
      const row = rows.get(from);
      if (!row) return undefined;
      return to.startsWith(BEHAVIOUR) ? row.behaviours.get(to.slice(BEHAVIOUR.length)) : row.others.get(to);
    },
    influence: (from, behaviour) => rows.get(from)?.behaviours.get(behaviour),
  };
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
    const rank = severityRank(mark.severity);
    const current = severityRank(this.severity);
    // Full, and nothing worse: the findings kept stay as they are (the common case, on 100,000 influences).
    if (rank <= current && this.findings.length >= this.keep) return;
    if (rank > current) {
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
