/** A finding of the conflict analysis (DESIGN §4.2). */
export const SEVERITIES = ["low", "medium", "high", "critical"] as const;
export type Severity = (typeof SEVERITIES)[number];

export const RULES = {
  F1: "Obstructing KPI",
  F2: "KPI cross-pressure",
  F3: "Short-termism",
  F4: "Obstructing process or system",
  F5: "Unsupported behaviour",
  F6: "Vanity KPI",
  F7: "Blind spot",
  F8: "Technology without people",
  F9: "Unpaired incentive",
  F10: "Measured-task starvation",
  F11: "Single-measure pay",
  F12: "Indirect obstruction",
} as const;
export type RuleId = keyof typeof RULES;
/** Rules in their own order: F1 … F12 (not as text, where F10 would come before F2). */
export const RULE_IDS = Object.keys(RULES) as RuleId[];
export const compareRules = (a: RuleId, b: RuleId): number => RULE_IDS.indexOf(a) - RULE_IDS.indexOf(b);

export type SubjectKind = "kpi" | "process" | "system" | "behaviour" | "role" | "stage";
export type Subject = { kind: SubjectKind; key: string };

export type Finding = {
  /** Stable identity: the rule and its subjects. */
  id: string;
  rule: RuleId;
  severity: Severity;
  subjects: Subject[];
  explanation: string;
  /** Rule-specific facts a page can show or filter on (e.g. F2's sameRole / crossSilo). */
  facts?: Record<string, boolean | number | string>;
};

export function raise(severity: Severity, steps = 1): Severity {
  return SEVERITIES[Math.min(SEVERITIES.indexOf(severity) + steps, SEVERITIES.length - 1)]!;
}

/** Writes a finding's explanation from the numbers its rule kept (positions in the model's lists). */
export type Explainer = (p: number, q: number, r: number) => string;

/**
 * Explanations are written on first read: a large model yields tens of thousands of findings, most of
 * which a page never shows, and building all their sentences up front dominated the analysis time. A
 * rule passes one writer for all its findings and each finding keeps only the numbers it needs, so a
 * finding is one small object rather than a closure and its captured context (fewer, smaller objects
 * for the garbage collector as models grow).
 */
class AnalysedFinding implements Finding {
  private identity: string | undefined;
  private written: string | undefined;
  constructor(
    readonly rule: RuleId,
    readonly severity: Severity,
    readonly subjects: Subject[],
    private readonly write: Explainer,
    private readonly p: number,
    private readonly q: number,
    private readonly r: number,
    readonly facts?: Finding["facts"],
  ) {}

  get id(): string {
    return (this.identity ??= `${this.rule}:${this.subjects.map((s) => `${s.kind}:${s.key}`).join("|")}`);
  }

  get explanation(): string {
    return (this.written ??= this.write(this.p, this.q, this.r));
  }

  toJSON(): Finding {
    return {
      id: this.id,
      rule: this.rule,
      severity: this.severity,
      subjects: this.subjects,
      explanation: this.explanation,
      ...(this.facts ? { facts: this.facts } : {}),
    };
  }
}

export function makeFinding(
  rule: RuleId,
  severity: Severity,
  subjects: Subject[],
  explain: () => string,
  facts?: Finding["facts"],
): Finding {
  return new AnalysedFinding(rule, severity, subjects, explain, 0, 0, 0, facts);
}

/** A finding whose explanation `write(p, q, r)` writes when first read (one writer per rule, not per finding). */
export function explainedFinding(
  rule: RuleId,
  severity: Severity,
  subjects: Subject[],
  write: Explainer,
  p: number,
  q: number,
  r: number,
  facts?: Finding["facts"],
): Finding {
  return new AnalysedFinding(rule, severity, subjects, write, p, q, r, facts);
}
