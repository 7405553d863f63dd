import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { validateModelText } from "@/lib/model/rules/validate-model";
import { analyzeModel } from "./analyze-model";
import { computeAlignment } from "./alignment-index";
import { indexModel } from "./model-index";
import { baseModel, influence, kpi } from "@/lib/alignment/test-model";

describe("alignment index", () => {
  it("is 100 × aligned / approved per scope, one decimal, with sub-departments counted in their parents", () => {
    const model = baseModel();
    model.behaviours.push({
      key: "greet",
      role: "agent",
      stage: "help",
      action: "Greets the customer by name",
      status: "approved",
    });
    model.behaviours.push({ key: "draft", role: "agent", stage: "pay", action: "Drafted only", status: "draft" });
    model.kpis.push(kpi({ key: "fcr" }), kpi({ key: "aht" }));
    // solve: aligned; greet: conflicted (supported and obstructed); explain: unsupported.
    model.influences.push(
      influence("kpi:fcr", "solve", "supports"),
      influence("kpi:fcr", "greet", "supports"),
      influence("kpi:aht", "greet", "obstructs"),
    );
    const alignment = computeAlignment(indexModel(model));
    expect(alignment.organisation).toBe(33.3);
    expect(alignment.departments).toEqual({ service: 50, contact: 50, finance: 0 });
    expect(alignment.roles).toEqual({ agent: 50, clerk: 0 });
    expect(alignment.stages).toEqual({ help: 50, pay: 0 });
  });

  it("is null where a scope has no approved behaviour", () => {
    const model = baseModel();
    model.behaviours.forEach((b) => (b.status = "proposed"));
    const alignment = computeAlignment(indexModel(model));
    expect(alignment.organisation).toBeNull();
    expect(Object.values(alignment.roles)).toEqual([null, null]);
  });
});

describe("the Harbour Mutual example (copied from shared/examples)", () => {
  const examples = path.resolve(__dirname, "../fixtures");
  const model = validateModelText(readFileSync(path.join(examples, "harbour-mutual.model.json"), "utf8"));
  const expected = JSON.parse(readFileSync(path.join(examples, "harbour-mutual.expected.json"), "utf8"));

  it("gives exactly the findings and indices the design gives", () => {
    if (!model.ok) throw new Error(JSON.stringify(model.errors));
    const analysis = analyzeModel(model.model);
    const normalise = (findings: { rule: string; severity: string; subjects: string[] }[]) =>
      findings.map((f) => `${f.rule} ${f.severity} ${[...f.subjects].sort().join(",")}`).sort();
    expect(normalise(analysis.findings.map((f) => ({ ...f, subjects: f.subjects.map((s) => s.key) })))).toEqual(
      normalise(expected.findings),
    );
    expect(analysis.alignment).toEqual(expected.alignment);
  });
});
