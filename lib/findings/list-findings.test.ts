import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { analyzeModel } from "@/lib/alignment/rules/analyze-model";
import { validateModelText } from "@/lib/model/rules/validate-model";
import type { ReviewedFinding } from "./get-reviewed-findings";
import { parseFindingQuery, queryOf, selectFindings } from "./list-findings";

const result = validateModelText(
  readFileSync(path.resolve(__dirname, "../alignment/fixtures/harbour-mutual.model.json"), "utf8"),
);
if (!result.ok) throw new Error("fixture invalid");
const model = result.model;
const { findings } = analyzeModel(model);
const dismissedId = findings.find((f) => f.rule === "F1")!.id;
const reviewed: ReviewedFinding[] = findings.map((finding) => ({
  finding,
  review: null,
  actions: [],
  hidden: finding.id === dismissedId,
}));
const listed = (raw: Record<string, string>) => selectFindings(model, reviewed, parseFindingQuery(raw).query);

describe("parseFindingQuery", () => {
  it("takes a valid query; empty values mean any", () => {
    expect(
      parseFindingQuery({ severity: "critical", rule: "F3", department: "contact", show: "dismissed", sort: "rule" }),
    ).toEqual({
      query: { severity: "critical", rule: "F3", department: "contact", show: "dismissed", sort: "rule" },
      problems: [],
    });
    expect(parseFindingQuery({ severity: "", rule: "", sort: "", other: "ignored" })).toEqual({
      query: {},
      problems: [],
    });
  });

  it("leaves out an invalid field, naming the field and the value found, and keeps the others", () => {
    const { query, problems } = parseFindingQuery({ severity: "extreme", rule: "F3" });
    expect(query).toEqual({ rule: "F3" });
    expect(problems).toEqual([
      { field: "severity", message: 'severity: "extreme" is not one of low, medium, high, critical.' },
    ]);
    expect(parseFindingQuery({ show: "all" }).problems[0]!.message).toBe('show: "all" is not one of dismissed.');
    expect(parseFindingQuery({ department: "x".repeat(101) }).problems[0]!.field).toBe("department");
    expect(parseFindingQuery({ role: "a\u0000b" }).problems).toEqual([
      { field: "role", message: "role must not contain NUL characters." },
    ]);
  });

  it("counts a name given twice with its last value, as a URL's query is read", () => {
    expect(parseFindingQuery({ severity: ["low", "critical"] }).query).toEqual({ severity: "critical" });
    expect(queryOf("http://x/api/orgs/o/findings?severity=low&severity=high")).toEqual({ severity: "high" });
  });
});

describe("selectFindings", () => {
  it("leaves dismissed findings out by default and counts them; show=dismissed lists only them", () => {
    const open = listed({});
    expect(open.findings.map((r) => r.finding.id)).not.toContain(dismissedId);
    expect(open.findings).toHaveLength(findings.length - 1);
    expect(open.dismissed).toBe(1);
    expect(listed({ show: "dismissed" }).findings.map((r) => r.finding.id)).toEqual([dismissedId]);
  });

  it("filters as the filter says, and counts only the dismissed findings that match it", () => {
    expect(listed({ rule: "F6" }).findings.map((r) => r.finding.rule)).toEqual(["F6"]);
    expect(listed({ rule: "F6" }).dismissed).toBe(0);
  });

  it("sorts by rule, keeping the most severe first within a rule", () => {
    const rules = listed({ sort: "rule" }).findings.map((r) => r.finding.rule);
    // In the rules' own order: F9 before F12 (as text, F12 would come first).
    expect(rules).toEqual([...rules].sort((a, b) => Number(a.slice(1)) - Number(b.slice(1))));
    expect(rules.indexOf("F9")).toBeLessThan(rules.indexOf("F12"));
    expect(rules.indexOf("F12")).toBeGreaterThan(-1);
    expect(listed({}).findings.map((r) => r.finding.id)).toEqual(
      reviewed.filter((r) => !r.hidden).map((r) => r.finding.id),
    );
  });
});
