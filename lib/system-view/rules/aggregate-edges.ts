/**
 * Edges of the clustered view, made readable: the links between two nodes become one edge whatever their
 * effects (its effect the heaviest, its parts the rest), and only a budget of them is drawn — the heaviest
 * and most severe first, but every node keeps its heaviest edge, so nothing drawn floats unconnected.
 */
import { severityRank } from "./finding-marks";
import type { EdgeEffect, GraphEdge } from "./graph-types";
import type { Severity } from "@/lib/alignment/rules/finding";

/** One edge per ordered pair of nodes. Findings are merged (most severe first), at most `findingsKept`. */
export function mergeParallelEdges(edges: readonly GraphEdge[], findingsKept = 1): GraphEdge[] {
  const byPair = new Map<string, GraphEdge[]>();
  for (const edge of edges) {
    const key = `${edge.source}>${edge.target}`;
    const list = byPair.get(key);
    if (list) list.push(edge);
    else byPair.set(key, [edge]);
  }
  return [...byPair.entries()].map(([id, list]) => {
    if (list.length === 1) return list[0]!;
    const parts = list
      .map((e) => ({ effect: e.effect, count: e.count, weight: e.weight }))
      .sort((a, b) => b.weight - a.weight || effectOrder(a.effect) - effectOrder(b.effect));
    let severity: Severity | undefined;
    const findings: string[] = [];
    for (const e of [...list].sort((a, b) => severityRank(b.severity) - severityRank(a.severity))) {
      if (severityRank(e.severity) > severityRank(severity)) severity = e.severity;
      for (const f of e.findings) if (!findings.includes(f)) findings.push(f);
    }
    return {
      id,
      source: list[0]!.source,
      target: list[0]!.target,
      effect: parts[0]!.effect,
      strength: Math.max(...list.map((e) => e.strength)),
      count: sum(list, (e) => e.count),
      weight: sum(list, (e) => e.weight),
      severity,
      findings: findings.slice(0, findingsKept),
      findingCount: sum(list, (e) => e.findingCount),
      parts,
    };
  });
}

/** At a tie of weight, the obstructing effect leads: the conflict is what the view is for. */
const EFFECT_ORDER: EdgeEffect[] = ["obstructs", "trades-off", "supports", "reinforces", "counters", "serves"];
const effectOrder = (effect: EdgeEffect) => EFFECT_ORDER.indexOf(effect);
const sum = <T>(list: readonly T[], of: (x: T) => number) => list.reduce((s, x) => s + of(x), 0);

/** Worst finding first, then the heaviest. */
export const compareEdges = (a: GraphEdge, b: GraphEdge): number =>
  severityRank(b.severity) - severityRank(a.severity) || b.weight - a.weight || (a.id < b.id ? -1 : 1);

/**
 * The edges to draw, at most `budget`: first, in compareEdges order, each edge that reaches a node no edge
 * chosen so far reaches (so every node keeps its most telling edge), then the rest in that order.
 */
export function edgesWithinBudget(edges: readonly GraphEdge[], budget: number): GraphEdge[] {
  const ordered = [...edges].sort(compareEdges);
  const chosen = new Set<GraphEdge>();
  const served = new Set<string>();
  for (const edge of ordered) {
    if (chosen.size >= budget) break;
    if (served.has(edge.source) && served.has(edge.target)) continue;
    chosen.add(edge);
    served.add(edge.source).add(edge.target);
  }
  for (const edge of ordered) {
    if (chosen.size >= budget) break;
    chosen.add(edge);
  }
  return ordered.filter((edge) => chosen.has(edge));
}
