import { describe, expect, it } from "vitest";
import { analyzeModel } from "@/lib/alignment/rules/analyze-model";
import { makeFinding, type Finding, type Severity, type Subject } from "@/lib/alignment/rules/finding";
import { generateModel } from "@/bench/generate-model";
import { FINDINGS_PER_ITEM, MarkSum, markFindings, severityRank, type Mark } from "./finding-marks";

/** The marks written the plain way, by id strings: what markFindings must agree with. */
function referenceMarks(findings: readonly Finding[]) {
  const items = new Map<string, Finding[]>();
  const pairs = new Map<string, Finding[]>();
  const note = (map: Map<string, Finding[]>, key: string, finding: Finding) =>
    map.set(key, [...(map.get(key) ?? []), finding]);
  for (const finding of findings) {
    const ids = finding.subjects.map((s) => `${s.kind}:${s.key}`);
    for (const id of ids) note(items, id, finding);
    const sources = finding.subjects.filter((s) => ["kpi", "process", "system"].includes(s.kind));
    const behaviours = finding.subjects.filter((s) => s.kind === "behaviour");
    for (const s of sources) for (const b of behaviours) note(pairs, `${s.kind}:${s.key}>behaviour:${b.key}`, finding);
    if (finding.rule === "F12" && sources.length >= 2)
      note(pairs, `${sources[0]!.kind}:${sources[0]!.key}>${sources[1]!.kind}:${sources[1]!.key}`, finding);
  }
  const markOf = (list: Finding[]): Mark => ({
    severity: list.reduce<Severity>(
      (worst, f) => (severityRank(f.severity) > severityRank(worst) ? f.severity : worst),
      "low",
    ),
    findings: list.slice(0, FINDINGS_PER_ITEM),
    count: list.length,
  });
  return {
    items: new Map([...items].map(([id, list]) => [id, markOf(list)])),
    pairs: new Map([...pairs].map(([id, list]) => [id, markOf(list)])),
  };
}

const finding = (rule: Finding["rule"], severity: Severity, ...ids: string[]): Finding =>
  makeFinding(
    rule,
    severity,
    ids.map((id) => ({ kind: id.split(":")[0], key: id.split(":")[1] }) as Subject),
    () => `${rule} ${ids.join(" ")}`,
  );

describe("markFindings", () => {
  it("marks every item and link as the plain reference does, by id and by kind and key", () => {
    const { findings } = analyzeModel(generateModel(0.05));
    const marks = markFindings(findings);
    const reference = referenceMarks(findings);
    expect(findings.length).toBeGreaterThan(500);
    expect(new Map(marks.items)).toEqual(reference.items);
    for (const [id, mark] of reference.items) {
      const [kind, key] = id.split(":") as [Subject["kind"], string];
      expect(marks.item(kind, key)).toEqual(mark);
    }
    for (const [id, mark] of reference.pairs) {
      const [from, to] = id.split(">") as [string, string];
      expect(marks.pair(from, to)).toEqual(mark);
      if (to.startsWith("behaviour:")) expect(marks.influence(from, to.slice("behaviour:".length))).toEqual(mark);
    }
  });

  it("marks the link an F12 finding names, in its direction only", () => {
    const marks = markFindings([finding("F12", "high", "kpi:a", "kpi:b", "behaviour:x")]);
    expect(marks.pair("kpi:a", "kpi:b")?.count).toBe(1);
    expect(marks.pair("kpi:b", "kpi:a")).toBeUndefined();
    expect(marks.influence("kpi:a", "x")?.severity).toBe("high");
    expect(marks.influence("kpi:b", "x")?.severity).toBe("high");
    expect(marks.pair("behaviour:x", "kpi:a")).toBeUndefined();
    expect(marks.item("behaviour", "y")).toBeUndefined();
  });
});

describe("MarkSum", () => {
  it("keeps the worst findings first and counts every one, whatever the order marks come in", () => {
    const low = finding("F5", "low", "behaviour:a");
    const otherLow = finding("F5", "low", "behaviour:d");
    const high = finding("F1", "high", "kpi:k", "behaviour:b");
    const critical = finding("F1", "critical", "kpi:j", "behaviour:c");
    const mark = (severity: Severity, ...findings: Finding[]): Mark => ({ severity, findings, count: findings.length });
    const sum = new MarkSum(3);
    sum.add(mark("low", low));
    sum.add(mark("low", otherLow));
    sum.add(mark("high", high));
    sum.add(mark("low", low));
    sum.add(undefined);
    expect([sum.severity, sum.findings, sum.count]).toEqual(["high", [high, low, otherLow], 4]);
    sum.add(mark("critical", critical));
    sum.add(mark("high", high));
    expect([sum.severity, sum.findings, sum.count]).toEqual(["critical", [critical, high, low], 6]);
  });
});
