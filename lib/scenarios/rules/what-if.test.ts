import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { analyzeModel } from "@/lib/alignment/rules/analyze-model";
import type { ModelDocument } from "@/lib/model/model-schema";
import { validateModelValue } from "@/lib/model/rules/validate-model";
import { applyScenario } from "./apply-scenario";
import { scenarioSchema, type ScenarioEdit } from "./scenario-schema";
import { whatIf } from "./what-if";

const harbour = (): ModelDocument =>
  JSON.parse(readFileSync(new URL("../../alignment/fixtures/harbour-mutual.model.json", import.meta.url), "utf8"));

const rows = (findings: { rule: string; severity: string; subjects: { key: string }[] }[]) =>
  findings.map((f) => `${f.rule} ${f.severity} ${f.subjects.map((s) => s.key).join(",")}`);

describe("what-if on the project's example model", () => {
  it("dropping average handle time's pay link clears its critical finding and the unpaired incentive", () => {
    const model = harbour();
    const result = whatIf(model, [{ edit: "dropPayLink", kpi: "aht" }]);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const cleared = rows(result.cleared);
    expect(cleared.some((row) => row.startsWith("F1 critical aht,"))).toBe(true);
    expect(cleared.some((row) => row.startsWith("F9 "))).toBe(true);
    // The obstruction itself stays, one level lower: not pay-linked, still customer-facing.
    expect(rows(result.appeared).some((row) => row.startsWith("F1 high aht,"))).toBe(true);
    expect(result.alignment.before).toEqual(analyzeModel(model).alignment);
  });

  it("adding a counter that measures the same role clears F9 and nothing appears", () => {
    const model = harbour();
    const fcr = model.kpis.find((k) => k.key === "fcr")!;
    const aht = model.kpis.find((k) => k.key === "aht")!;
    expect(fcr.measuredRoles?.some((role) => aht.measuredRoles?.includes(role))).toBe(true);
    const result = whatIf(model, [{ edit: "addCounter", kpi: "aht", counter: "fcr" }]);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(rows(result.cleared)).toEqual(
      rows(analyzeModel(model).findings.filter((f) => f.rule === "F9" && f.subjects[0]!.key === "aht")),
    );
    expect(result.appeared).toEqual([]);
  });

  it("an empty scenario changes nothing", () => {
    const result = whatIf(harbour(), []);
    expect(result.ok && result.cleared.length + result.appeared.length).toBe(0);
  });

  it("never changes the model it is given", () => {
    const model = harbour();
    const copy = structuredClone(model);
    const result = applyScenario(model, [
      { edit: "dropPayLink", kpi: "aht" },
      { edit: "removeKpi", kpi: "fcr" },
      {
        edit: "setInfluence",
        from: "kpi:cost-per-claim",
        to: model.behaviours[0]!.key,
        effect: "supports",
        strength: 3,
      },
    ]);
    expect(result.ok).toBe(true);
    expect(model).toEqual(copy);
  });
});

describe("applying edits", () => {
  const model = harbour();

  it("removing a KPI takes its influences, links and place among counters with it, and stays a valid model", () => {
    const result = applyScenario(model, [{ edit: "removeKpi", kpi: "aht" }]);
    if (!result.ok) throw new Error("refused");
    const edited = result.model;
    expect(edited.kpis.map((k) => k.key)).not.toContain("aht");
    expect(edited.influences.some((i) => i.from === "kpi:aht")).toBe(false);
    expect(edited.kpiLinks?.some((l) => l.from === "aht" || l.to === "aht")).toBe(false);
    expect(edited.kpis.find((k) => k.key === "fcr")!.counters ?? []).not.toContain("aht");
    expect(validateModelValue(edited).ok).toBe(true);
  });

  it("changing an influence keeps its place and its reason unless a new one is given", () => {
    const first = model.influences[0]!;
    const result = applyScenario(model, [
      {
        edit: "setInfluence",
        from: first.from,
        to: first.to,
        effect: first.effect === "supports" ? "obstructs" : "supports",
        strength: 1,
      },
    ]);
    if (!result.ok) throw new Error("refused");
    expect(result.model.influences[0]).toMatchObject({ from: first.from, to: first.to, strength: 1, why: first.why });
    expect(result.model.influences).toHaveLength(model.influences.length);
  });

  it("a new KPI can be added and then made a counter", () => {
    const result = applyScenario(model, [
      {
        edit: "addKpi",
        kpi: {
          key: "repeat-calls",
          name: "Repeat calls",
          direction: "lower",
          department: model.departments[0]!.key,
          payLinked: false,
          horizon: "short",
          category: "customer",
        },
      },
      { edit: "addCounter", kpi: "aht", counter: "repeat-calls" },
    ]);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.model.kpis.find((k) => k.key === "aht")!.counters).toContain("repeat-calls");
  });

  it("refuses a new KPI named like one the model has (or an earlier edit added), naming its name", () => {
    const kpi = {
      key: "aht-2",
      name: " average HANDLE time ",
      direction: "lower",
      department: model.departments[0]!.key,
      payLinked: false,
      horizon: "short",
      category: "operational",
    } as const;
    const named = applyScenario(model, [{ edit: "addKpi", kpi }]);
    expect(!named.ok && named.problems.map(({ path, message }) => ({ path, message }))).toEqual([
      { path: "edits[0].kpi.name", message: 'there is already a KPI named "average HANDLE time"' },
    ]);
    const twice = applyScenario(model, [
      { edit: "addKpi", kpi: { ...kpi, key: "effort", name: "Customer effort" } },
      { edit: "addKpi", kpi: { ...kpi, key: "effort-2", name: "Customer effort" } },
    ]);
    expect(!twice.ok && twice.problems.map((p) => p.path)).toEqual(["edits[1].kpi.name"]);
    // Once the KPI of that name is gone, the name is free again.
    const renamed = applyScenario(model, [
      { edit: "removeKpi", kpi: "aht" },
      { edit: "addKpi", kpi },
    ]);
    expect(renamed.ok).toBe(true);
  });

  it("lists every edit that does not fit, with its path and the value found, and applies none", () => {
    const edits: ScenarioEdit[] = [
      { edit: "dropPayLink", kpi: "nope" },
      { edit: "dropPayLink", kpi: "fcr" },
      { edit: "addCounter", kpi: "aht", counter: "aht" },
      { edit: "setInfluence", from: "process:ghost", to: "no-behaviour", effect: "supports", strength: 2 },
      { edit: "removeKpiLink", from: "fcr", to: "aht" },
      { edit: "setKpiLink", from: "aht", to: "aht", effect: "reinforces" },
    ];
    const result = applyScenario(model, edits);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems.map(({ path, message }) => ({ path, message }))).toEqual([
      { path: "edits[0].kpi", message: 'no KPI with key "nope"' },
      { path: "edits[1].kpi", message: 'KPI "fcr" is not tied to pay' },
      { path: "edits[2].counter", message: 'KPI "aht" cannot be its own counter' },
      { path: "edits[3].from", message: 'no process with key "ghost"' },
      { path: "edits[3].to", message: 'no behaviour with key "no-behaviour"' },
      { path: "edits[4]", message: 'KPI "fcr" is not linked to KPI "aht"' },
      { path: "edits[5].to", message: 'KPI "aht" cannot be linked to itself' },
    ]);
    expect(!result.ok && result.problems[2]!.segments).toEqual(["edits", 2, "counter"]);
  });

  it("checks each edit against the model as the earlier edits left it", () => {
    const result = applyScenario(model, [
      { edit: "removeKpi", kpi: "fcr" },
      { edit: "addCounter", kpi: "aht", counter: "fcr" },
    ]);
    expect(!result.ok && result.problems.map((p) => `${p.path}: ${p.message}`)).toEqual([
      'edits[1].counter: no KPI with key "fcr"',
    ]);
  });
});

describe("the scenario file", () => {
  it("names an unknown edit and the value found", () => {
    const parsed = scenarioSchema.safeParse({ format: "throughline.scenario/1", edits: [{ edit: "fireEveryone" }] });
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues[0]!.path).toEqual(["edits", 0, "edit"]);
  });
});
