import { describe, expect, it } from "vitest";
import type { GraphEdge, GraphNode } from "./graph-types";
import { nodesToFit } from "./nodes-to-fit";

const node = (id: string, kind: GraphNode["kind"], extra: Partial<GraphNode> = {}): GraphNode => ({
  id,
  kind,
  column: kind === "behaviour" || kind === "behaviours" || kind === "role" ? 1 : 0,
  label: id,
  count: 1,
  findings: [],
  findingCount: 0,
  ...extra,
});
const edge = (source: string, target: string): GraphEdge => ({
  id: `${source}->${target}`,
  source,
  target,
  effect: "supports",
  strength: 2,
  count: 1,
  weight: 2,
  findings: [],
  findingCount: 0,
});

describe("where a graph too large to read whole opens", () => {
  it("on a focus: the focused item and what is one line away, in either direction", () => {
    const nodes = [
      node("kpi:a", "kpi", { focused: true }),
      node("behaviour:x", "behaviour"),
      node("kpi:b", "kpi"),
      node("behaviour:y", "behaviour"),
      node("behaviour:far", "behaviour"),
    ];
    const edges = [edge("kpi:a", "behaviour:x"), edge("kpi:b", "kpi:a"), edge("kpi:b", "behaviour:far")];
    expect(nodesToFit({ mode: "focus", nodes, edges }).sort()).toEqual(["behaviour:x", "kpi:a", "kpi:b"]);
  });

  it("clustered with departments opened: their items, not the other departments' boxes", () => {
    const nodes = [
      node("sources:d1", "sources"),
      node("kpi:k1", "kpi"),
      node("process:p1", "process"),
      node("role:r1", "role"),
      node("behaviours:d2", "behaviours"),
      node("systems", "systems"),
    ];
    expect(nodesToFit({ mode: "clusters", nodes, edges: [] })).toEqual(["kpi:k1", "process:p1", "role:r1"]);
  });

  it("clustered with nothing opened: everything", () => {
    const nodes = [node("sources:d1", "sources"), node("behaviours:d1", "behaviours"), node("systems", "systems")];
    expect(nodesToFit({ mode: "clusters", nodes, edges: [] })).toEqual(["sources:d1", "behaviours:d1", "systems"]);
  });
});
