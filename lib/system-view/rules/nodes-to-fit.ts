/**
 * Where the graph opens when the whole of it would be drawn too small to read (a large model with a
 * department opened, or a focus with many behaviours): on what the reader just asked for. Focused: the
 * focused item and what is one line away from it. Clustered: the items of the opened departments. The
 * reader pans or zooms out for the rest.
 */
import type { GraphNode, SystemGraph } from "./graph-types";

const CLUSTER_KINDS = new Set<GraphNode["kind"]>(["sources", "systems", "behaviours"]);

export function nodesToFit(graph: Pick<SystemGraph, "mode" | "nodes" | "edges">): string[] {
  const focused = graph.nodes.find((n) => n.focused);
  if (graph.mode === "focus" && focused) {
    const near = new Set([focused.id]);
    for (const e of graph.edges) {
      if (e.source === focused.id) near.add(e.target);
      if (e.target === focused.id) near.add(e.source);
    }
    return graph.nodes.filter((n) => near.has(n.id)).map((n) => n.id);
  }
  const opened = graph.nodes.filter((n) => !CLUSTER_KINDS.has(n.kind) && n.kind !== "objective");
  return (opened.length > 0 ? opened : graph.nodes).map((n) => n.id);
}
