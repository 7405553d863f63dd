import { TableScroll } from "@/components/ui/table-scroll";
import type { EdgeEffect, SystemGraph } from "@/lib/system-view/rules/graph-types";

const EFFECT_WORDS: Record<EdgeEffect, string> = {
  supports: "supports",
  obstructs: "obstructs",
  reinforces: "reinforces",
  "trades-off": "trades off against",
  counters: "counters",
  serves: "serves",
};
const STRENGTH_WORDS = ["", "weak", "moderate", "strong"];

/**
 * The graph as a table, for screen readers and small screens: for a focus, each path with what it does in
 * the end and its strength; for the clustered view, each edge between groups with how many links it holds.
 */
export function GraphTable({ graph }: { graph: SystemGraph }) {
  const name = new Map(
    graph.nodes.map((n) => [n.id, n.detail && n.kind !== "kpi" ? `${n.label} (${n.detail})` : n.label]),
  );
  if (graph.mode === "focus")
    return (
      <TableScroll label={`Table: paths of ${graph.focus!.label}`}>
        <table className="table" data-testid="graph-table">
          <caption>
            What {graph.focus!.label} pushes and what pushes it
            {graph.hidden.paths > 0
              ? ` (the ${graph.paths.length} most telling paths; ${graph.hidden.paths} more)`
              : ""}
          </caption>
          <thead>
            <tr>
              <th scope="col">Path</th>
              <th scope="col">In the end</th>
              <th scope="col">Strength</th>
              <th scope="col">Worst finding</th>
            </tr>
          </thead>
          <tbody>
            {graph.paths.map((path) => (
              <tr key={path.steps.map((s) => s.node).join(">")}>
                <td>
                  {path.steps.map((step, i) => (
                    <span key={step.node}>
                      {i > 0 && <em> {EFFECT_WORDS[path.effects[i - 1]!]} </em>}
                      {name.get(step.node) ?? step.label}
                    </span>
                  ))}
                </td>
                <td>{path.net ? `${path.net}${path.steps.length > 2 ? " (through a KPI link)" : ""}` : "—"}</td>
                <td>{STRENGTH_WORDS[path.strength] ?? path.strength}</td>
                <td>{path.severity ? <span className={`severity ${path.severity}`}>{path.severity}</span> : "—"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    );
  return (
    <TableScroll label="Table: the system by group">
      <table className="table" data-testid="graph-table">
        <caption>
          Influences between groups
          {graph.hidden.edges > 0 ? ` (the ${graph.edges.length} heaviest; ${graph.hidden.edges} more)` : ""}
        </caption>
        <thead>
          <tr>
            <th scope="col">From</th>
            <th scope="col">Effect</th>
            <th scope="col">To</th>
            <th scope="col">Links</th>
            <th scope="col">Strongest</th>
            <th scope="col">Worst finding</th>
          </tr>
        </thead>
        <tbody>
          {graph.edges.map((edge) => (
            <tr key={edge.id}>
              <td>{name.get(edge.source)}</td>
              <td>
                {edge.parts
                  ? edge.parts.map((part) => `${EFFECT_WORDS[part.effect]} (${part.count})`).join(", ")
                  : EFFECT_WORDS[edge.effect]}
              </td>
              <td>{name.get(edge.target)}</td>
              <td>{edge.count}</td>
              <td>{STRENGTH_WORDS[edge.strength] ?? edge.strength}</td>
              <td>{edge.severity ? <span className={`severity ${edge.severity}`}>{edge.severity}</span> : "—"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
