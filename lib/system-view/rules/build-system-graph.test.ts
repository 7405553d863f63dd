import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { analyzeModel } from "@/lib/alignment/rules/analyze-model";
import type { ModelDocument } from "@/lib/model/model-schema";
import { validateModelText } from "@/lib/model/rules/validate-model";
import { generateModel } from "@/bench/generate-model";
import { buildClusters, CLUSTER_LIMITS, SYSTEMS_KEY } from "./build-clusters";
import { buildFocus, FOCUS_LIMITS } from "./build-focus";
import { buildSystemGraph, searchFocus } from "./build-system-graph";
import { markFindings } from "./finding-marks";
import type { GraphOptions, SystemGraph } from "./graph-types";

const validated = validateModelText(readFileSync(path.join(__dirname, "../../demo/harbour-mutual.model.json"), "utf8"));
if (!validated.ok) throw new Error("the demo model is invalid");
const demo = validated.model;

const graphOf = (model: ModelDocument, options: GraphOptions = {}): SystemGraph =>
  buildSystemGraph(model, analyzeModel(model).findings, options)!;
const node = (graph: SystemGraph, id: string) => graph.nodes.find((n) => n.id === id);
const edge = (graph: SystemGraph, source: string, target: string, effect: string) =>
  graph.edges.find((e) => e.source === source && e.target === target && e.effect === effect);

/** A model of `departments` top-level departments, each with KPIs, roles and behaviours, and influences across. */
function bigModel(departments: number, perDepartment: number): ModelDocument {
  const model: ModelDocument = {
    format: "throughline.model/1",
    organisation: { name: "Big" },
    departments: [],
    roles: [],
    stages: [
      { key: "s0", name: "Buy" },
      { key: "s1", name: "Pay" },
    ],
    touchpoints: [],
    objectives: [{ key: "o", name: "Keep customers" }],
    behaviours: [],
    kpis: [],
    processes: [],
    systems: [],
    influences: [],
    kpiLinks: [],
  };
  for (let d = 0; d < departments; d++) {
    model.departments.push({ key: `d${d}`, name: `Department ${d}` });
    for (let i = 0; i < perDepartment; i++) {
      const n = d * perDepartment + i;
      model.kpis.push({
        key: `k${n}`,
        name: `KPI ${n}`,
        direction: "higher",
        department: `d${d}`,
        measuredRoles: [`r${n}`],
        payLinked: n % 3 === 0,
        horizon: "short",
        category: "operational",
      });
      model.roles.push({ key: `r${n}`, name: `Role ${n}`, department: `d${d}`, customerFacing: true });
      model.behaviours.push({
        key: `b${n}`,
        role: `r${n}`,
        stage: `s${n % 2}`,
        action: `Does thing ${n}`,
        status: "approved",
        objectives: ["o"],
      });
    }
  }
  const total = departments * perDepartment;
  for (let n = 0; n < total; n++) {
    model.influences.push({ from: `kpi:k${n}`, to: `b${(n * 7) % total}`, effect: "supports", strength: 2 });
    model.influences.push({ from: `kpi:k${n}`, to: `b${(n * 13 + 1) % total}`, effect: "obstructs", strength: 3 });
  }
  return model;
}

describe("the clustered view", () => {
  it("draws a small model item by item: KPIs on the left, roles in the middle, objectives on the right", () => {
    const graph = graphOf(demo);
    expect(graph.mode).toBe("clusters");
    const aht = node(graph, "kpi:aht")!;
    expect(aht).toMatchObject({ kind: "kpi", column: 0, label: "Average handle time", focus: "kpi:aht" });
    expect(node(graph, "role:advisor")).toMatchObject({ kind: "role", column: 1 });
    expect(node(graph, "objective:retention")).toMatchObject({ kind: "objective", column: 2 });
    // The obstructs influence is a signed edge carrying its finding's severity (F1: pay-linked, customer-facing).
    const obstructs = edge(graph, "kpi:aht", "role:advisor", "obstructs")!;
    expect(obstructs).toMatchObject({ strength: 3, count: 1, severity: "critical" });
    expect(graph.findings[obstructs.findings[0]!]!.explanation).toContain("Average handle time");
    expect(edge(graph, "kpi:fcr", "role:advisor", "supports")).toMatchObject({ strength: 3 });
    // KPI links are edges between KPIs; the F12 path marks the trade-off.
    expect(edge(graph, "kpi:aht", "kpi:complaints-rate", "trades-off")!.severity).toBe("high");
    expect(edge(graph, "kpi:fcr", "kpi:retention-rate", "reinforces")).toBeDefined();
    expect(edge(graph, "role:advisor", "objective:retention", "serves")).toBeDefined();
    // A node shows the worst severity of its findings.
    expect(aht.severity).toBe("critical");
  });

  it("keeps a large model readable: one node per department, aggregated edges, under the caps", () => {
    const model = bigModel(40, 50);
    const graph = graphOf(model);
    expect(graph.nodes.filter((n) => n.column === 0)).toHaveLength(40);
    expect(node(graph, "sources:d3")).toMatchObject({ kind: "sources", count: 50, detail: "50 KPIs", expand: "d3" });
    expect(node(graph, "behaviours:d3")).toMatchObject({
      kind: "behaviours",
      count: 50,
      detail: "50 behaviours · 50 roles",
    });
    expect(graph.nodes.length).toBeLessThanOrEqual(CLUSTER_LIMITS.autoOpenNodes + 40);
    expect(graph.edges.length).toBeLessThanOrEqual(CLUSTER_LIMITS.edges);
    // Every influence is counted once in the edges drawn or the ones left out.
    const drawn = graph.edges.filter((e) => e.effect !== "serves").reduce((sum, e) => sum + e.count, 0);
    expect(drawn).toBeLessThanOrEqual(model.influences.length);
    expect(graph.hidden.edges).toBeGreaterThan(0);
    expect(graph.edges.every((e) => e.strength >= 1 && e.strength <= 3)).toBe(true);
  });

  it("aggregates influences between two clusters into one line, with each effect's count and summed strength", () => {
    const model = bigModel(40, 50);
    const all = { ...CLUSTER_LIMITS, edges: 100_000, minEdges: 100_000 };
    const graph = buildClusters(model, markFindings([]), {}, all);
    const influences = graph.edges.filter((e) => e.effect !== "serves");
    expect(new Set(influences.map((e) => `${e.source}>${e.target}`)).size).toBe(influences.length);
    expect(influences.reduce((sum, e) => sum + e.count, 0)).toBe(model.influences.length);
    const parts = influences.flatMap((e) => e.parts ?? [{ effect: e.effect, count: e.count, weight: e.weight }]);
    const obstructs = parts.filter((p) => p.effect === "obstructs");
    expect(obstructs.reduce((sum, p) => sum + p.count, 0)).toBe(model.influences.length / 2);
    expect(obstructs.every((p) => p.weight === 3 * p.count)).toBe(true);
    // A line takes the heavier effect.
    const mixed = influences.filter((e) => e.parts?.length === 2);
    expect(mixed.length).toBeGreaterThan(0);
    expect(mixed.every((e) => e.effect === e.parts![0]!.effect && e.parts![0]!.weight >= e.parts![1]!.weight)).toBe(
      true,
    );
  });

  it("draws the 1× model as a readable overview: top-level departments only, a budget of lines", () => {
    const model = generateModel(1);
    const graph = buildClusters(model, markFindings(analyzeModel(model).findings));
    const tallest = Math.max(...[0, 1, 2].map((c) => graph.nodes.filter((n) => n.column === c).length));
    expect(tallest).toBeLessThanOrEqual(CLUSTER_LIMITS.autoOpenRows);
    expect(graph.nodes.filter((n) => n.kind === "sources")).toHaveLength(
      model.departments.filter((d) => !d.parent).length,
    );
    expect(graph.edges.length).toBeLessThanOrEqual(
      Math.max(CLUSTER_LIMITS.minEdges, CLUSTER_LIMITS.edgesPerNode * graph.nodes.length),
    );
    expect(graph.hidden.edges).toBeGreaterThan(0);
    // Every group drawn keeps at least one line.
    const touched = new Set(graph.edges.flatMap((e) => [e.source, e.target]));
    expect(graph.nodes.every((n) => touched.has(n.id))).toBe(true);
  });

  it("opens a department on demand: its KPIs one by one up to the cap, the rest in one node", () => {
    const graph = graphOf(bigModel(40, 50), { expand: ["d3"] });
    expect(node(graph, "sources:d3")).toBeUndefined();
    const shown = graph.nodes.filter((n) => n.kind === "kpi" && n.detail === "Department 3");
    expect(shown).toHaveLength(CLUSTER_LIMITS.perDepartment);
    expect(node(graph, "more-sources:d3")!.count).toBe(50 - CLUSTER_LIMITS.perDepartment);
    expect(graph.nodes.filter((n) => n.kind === "role")).toHaveLength(CLUSTER_LIMITS.perDepartment);
    expect(node(graph, "sources:d4")).toBeDefined();
  });

  it("keeps systems in one node unless opened", () => {
    const model = bigModel(2, 2);
    model.systems = Array.from({ length: 30 }, (_, i) => ({ key: `sys${i}`, name: `System ${i}` }));
    model.influences.push({ from: "system:sys1", to: "b0", effect: "obstructs", strength: 1 });
    expect(node(graphOf(model), "systems")).toMatchObject({ count: 30, expand: SYSTEMS_KEY });
    const opened = graphOf(model, { expand: [SYSTEMS_KEY] });
    expect(node(opened, "system:sys1")).toBeDefined();
    expect(edge(opened, "system:sys1", "role:r0", "obstructs")).toBeDefined();
  });

  it("filters by stage, department and severity", () => {
    const byStage = graphOf(demo, { stage: "pay" });
    expect(node(byStage, "role:advisor")).toBeUndefined();
    expect(edge(byStage, "kpi:dso", "role:collections", "obstructs")).toBeDefined();
    expect(byStage.edges.some((e) => e.target === "role:advisor")).toBe(false);

    const byDepartment = graphOf(demo, { department: "billing" });
    expect(
      byDepartment.nodes.every((n) => !n.id.startsWith("role:") || ["invoicer", "collections"].includes(n.id.slice(5))),
    ).toBe(true);
    expect(node(byDepartment, "kpi:aht")).toBeUndefined();

    const critical = graphOf(demo, { severity: "critical" });
    expect(critical.edges.filter((e) => e.effect !== "serves").every((e) => e.severity === "critical")).toBe(true);
    expect(edge(critical, "kpi:aht", "role:advisor", "obstructs")).toBeDefined();
    expect(edge(critical, "kpi:fcr", "role:advisor", "supports")).toBeUndefined();
  });
});

describe("the focus", () => {
  it("shows what a KPI pushes directly and through its KPI links (F12's path)", () => {
    const graph = graphOf(demo, { focus: "kpi:aht" });
    expect(graph.mode).toBe("focus");
    expect(graph.focus).toEqual({ id: "kpi:aht", label: "Average handle time" });
    expect(node(graph, "kpi:aht")!.focused).toBe(true);
    expect(edge(graph, "kpi:aht", "behaviour:resolve-on-call", "obstructs")).toMatchObject({ strength: 3 });
    expect(edge(graph, "kpi:aht", "kpi:complaints-rate", "trades-off")).toBeDefined();
    expect(edge(graph, "kpi:complaints-rate", "behaviour:name-not-number", "supports")).toBeDefined();
    const indirect = graph.paths.find(
      (p) => p.steps.map((s) => s.node).join(" ") === "kpi:aht kpi:complaints-rate behaviour:name-not-number",
    )!;
    expect(indirect).toMatchObject({ effects: ["trades-off", "supports"], net: "obstructs", severity: "high" });
    // Nothing else of the model: no other KPI's behaviours.
    expect(node(graph, "behaviour:payment-plan")).toBeUndefined();
    // Behaviours lead to the objectives they serve.
    expect(edge(graph, "behaviour:resolve-on-call", "objective:retention", "serves")).toBeDefined();
    // The worst paths come first.
    expect(graph.paths.find((p) => p.net)!.severity).toBe("critical");
  });

  it("shows what pushes a KPI: KPIs linked to it and its counters", () => {
    const model = structuredClone(demo);
    model.kpis.find((k) => k.key === "aht")!.counters = ["fcr"];
    const graph = graphOf(model, { focus: "kpi:complaints-rate" });
    expect(edge(graph, "kpi:aht", "kpi:complaints-rate", "trades-off")).toBeDefined();
    expect(node(graph, "kpi:aht")!.column).toBeLessThan(node(graph, "kpi:complaints-rate")!.column);
    const countered = graphOf(model, { focus: "kpi:aht" });
    expect(edge(countered, "kpi:fcr", "kpi:aht", "counters")).toBeDefined();
  });

  it("shows a role's behaviours, what pushes them and what pushes those (through KPI links)", () => {
    const graph = graphOf(demo, { focus: "role:advisor" });
    expect(graph.focus!.label).toBe("Contact-centre advisor");
    const behaviours = graph.nodes.filter((n) => n.kind === "behaviour").map((n) => n.id);
    expect(behaviours).toEqual(
      expect.arrayContaining(["behaviour:resolve-on-call", "behaviour:name-not-number", "behaviour:save-at-renewal"]),
    );
    expect(edge(graph, "kpi:aht", "behaviour:resolve-on-call", "obstructs")).toBeDefined();
    expect(edge(graph, "system:telephony", "behaviour:name-not-number", "obstructs")).toBeDefined();
    // aht trades off against complaints-rate, which supports an advisor's behaviour.
    expect(edge(graph, "kpi:aht", "kpi:complaints-rate", "trades-off")).toBeDefined();
    expect(node(graph, "kpi:aht")!.column).toBeLessThanOrEqual(node(graph, "kpi:complaints-rate")!.column);
    expect(node(graph, "behaviour:coach-on-calls")).toBeUndefined();
  });

  it("caps the behaviours drawn and counts the rest", () => {
    const model = bigModel(2, 100);
    for (let n = 0; n < 200; n++)
      model.influences.push({ from: "kpi:k0", to: `b${n}`, effect: "supports", strength: 1 });
    const graph = buildFocus(model, markFindings(analyzeModel(model).findings), { focus: "kpi:k0" })!;
    expect(graph.nodes.filter((n) => n.kind === "behaviour")).toHaveLength(FOCUS_LIMITS.behaviours);
    expect(graph.hidden.nodes).toBe(200 - FOCUS_LIMITS.behaviours);
    // The obstructed behaviour comes before the merely supported ones.
    expect(node(graph, "behaviour:b1")).toBeDefined();
  });

  it("answers null for a focus the model does not have", () => {
    expect(buildSystemGraph(demo, [], { focus: "kpi:nope" })).toBeNull();
    expect(buildSystemGraph(demo, [], { focus: "behaviour:resolve-on-call" })).toBeNull();
    expect(buildSystemGraph(demo, [], { focus: "aht" })).toBeNull();
  });
});

describe("the search box", () => {
  it("offers KPIs and roles whose name has the text, those starting with it first", () => {
    const found = searchFocus(demo, "handle");
    expect(found[0]).toMatchObject({ id: "kpi:aht", label: "Average handle time", detail: "KPI · Contact centre" });
    expect(searchFocus(demo, "advisor").map((c) => c.id)).toContain("role:advisor");
    expect(searchFocus(demo, "  ")).toEqual([]);
    expect(searchFocus(demo, "a", 3)).toHaveLength(3);
  });
});
