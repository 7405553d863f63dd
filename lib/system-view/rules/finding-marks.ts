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

function addFinding(mark: Mark, finding: Finding): void {
  mark.count++;
  if (severityRank(finding.severity) > severityRank(mark.severity)) mark.severity = finding.severity;
  if (mark.findings.length < FINDINGS_PER_ITEM) mark.findings.push(finding);
}

function add(marks: Map<string, Mark>, key: string, finding: Finding): void {
  const mark = marks.get(key);
  if (mark) addFinding(mark, finding);
  else marks.set(key, { severity: finding.severity, findings: [finding], count: 1 });
}

/** An item's mark and, for a source (a KPI, process or system), the marks of its links. */
type Entry = {
  mark: Mark;
  /** Influences by behaviour key. */
  behaviours?: Map<string, Mark>;
  /** KPI links by the other item's id. */
  others?: Map<string, Mark>;
};

const BEHAVIOUR = "behaviour:";

/**
 * Findings come most severe first (analyzeModel's order), so each mark keeps the most severe. Findings are
 * kept as they are (their ids and sentences are written only for the few drawn): a large model has tens of
 * thousands. Each subject is found once, by kind and key, with its mark and its links' marks together; its
 * id is written once per item rather than once per mention (77,635 findings at 1× name 200,000 subjects).
 */
export function markFindings(findings: readonly Finding[]): FindingMarks {
  const items = new Map<string, Mark>();
  const byKind: Partial<Record<SubjectKind, Map<string, Entry>>> = {};
  /** Sources with links, by id. */
  const rows = new Map<string, Entry>();
  const linked = (source: Entry, subject: Subject) => {
    if (!source.behaviours) {
      source.behaviours = new Map();
      source.others = new Map();
      rows.set(`${subject.kind}:${subject.key}`, source);
    }
    return source as Required<Entry>;
  };
  // Reused for every finding (set by count, not emptied: emptying a list costs more than the loop).
  const sources: Entry[] = [];
  const sourceSubjects: Subject[] = [];
  const behaviours: string[] = [];
  for (const finding of findings) {
    let sourceCount = 0;
    let behaviourCount = 0;
    for (const subject of finding.subjects) {
      const ofKind = (byKind[subject.kind] ??= new Map());
      let entry = ofKind.get(subject.key);
      if (!entry) {
        ofKind.set(subject.key, (entry = { mark: { severity: finding.severity, findings: [finding], count: 1 } }));
        items.set(`${subject.kind}:${subject.key}`, entry.mark);
      } else addFinding(entry.mark, finding);
      if (subject.kind === "behaviour") behaviours[behaviourCount++] = subject.key;
      else if (subject.kind === "kpi" || subject.kind === "process" || subject.kind === "system") {
        sources[sourceCount] = entry;
        sourceSubjects[sourceCount++] = subject;
      }
    }
    if (behaviourCount > 0)
      for (let s = 0; s < sourceCount; s++) {
        const row = linked(sources[s]!, sourceSubjects[s]!).behaviours;
        for (let b = 0; b < behaviourCount; b++) add(row, behaviours[b]!, finding);
      }
    // F12 names K, then J (K trades off against J): the link between them is part of the finding.
    if (finding.rule === "F12" && sourceCount >= 2)
      add(
        linked(sources[0]!, sourceSubjects[0]!).others,
        `${sourceSubjects[1]!.kind}:${sourceSubjects[1]!.key}`,
        finding,
      );
  }
  return {
    items,
    item: (kind, key) => byKind[kind]?.get(key)?.mark,
    pair(from, to) {
      const row = rows.get(from);
      if (!row) return undefined;
      return to.startsWith(BEHAVIOUR) ? row.behaviours!.get(to.slice(BEHAVIOUR.length)) : row.others!.get(to);
    },
    influence: (from, behaviour) => rows.get(from)?.behaviours!.get(behaviour),
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
