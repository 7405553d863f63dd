"use client";

import "@xyflow/react/dist/style.css";
import {
  Background,
  Controls,
  type Edge,
  Handle,
  MarkerType,
  type Node,
  type NodeProps,
  Position,
  ReactFlow,
  ReactFlowProvider,
  getViewportForBounds,
  useReactFlow,
} from "@xyflow/react";
import { type KeyboardEvent, memo, useEffect, useMemo, useRef } from "react";
import type { EdgeEffect, GraphNode, SystemGraph } from "@/lib/system-view/rules/graph-types";
import { type Box, groupBox, layOut } from "@/lib/system-view/rules/layout";
import { nodesToFit } from "@/lib/system-view/rules/nodes-to-fit";

/** Below this zoom a node's words are too small to read: the view opens on what was asked for instead. */
const READABLE_ZOOM = 0.5;
const FIT_PADDING = 0.08;

/**
 * The what-if hook: findings a scenario would clear or make appear (their ids); the nodes and edges they
 * name are outlined. Left empty, the graph is the model as it is.
 */
export type GraphHighlight = { cleared: string[]; appeared: string[] };

/** Lines differ by colour *and* by dash, so the sign is not told by colour alone. */
export const EDGE_STYLES: Record<EdgeEffect, { stroke: string; dash?: string; words: string }> = {
  supports: { stroke: "#1d5fbf", words: "supports (solid blue)" },
  obstructs: { stroke: "#b3261e", dash: "8 5", words: "obstructs (dashed red)" },
  reinforces: { stroke: "#2e7d32", dash: "2 4", words: "reinforces (dotted green)" },
  "trades-off": { stroke: "#b45309", dash: "12 4 2 4", words: "trades off (dash-dot orange)" },
  counters: { stroke: "#6b4fa3", dash: "1 6", words: "counters (sparse dots, purple)" },
  serves: { stroke: "#9aa3b2", words: "serves an objective (thin grey)" },
};

const KIND_WORDS: Record<GraphNode["kind"], string> = {
  kpi: "KPI",
  process: "Process",
  system: "System",
  behaviour: "Behaviour",
  objective: "Objective",
  sources: "KPIs and processes of",
  systems: "Systems",
  behaviours: "Behaviours of",
  role: "Role",
};

export function nodeWords(node: GraphNode): string {
  const what = `${KIND_WORDS[node.kind]} ${node.label}`.replace("Systems More systems", "More systems");
  const parts = [what, node.detail];
  if (node.severity) parts.push(`worst finding ${node.severity} (${node.findingCount})`);
  if (node.focused) parts.push("focused");
  if (node.focus && !node.focused) parts.push("Enter to focus");
  else if (node.expand) parts.push("Enter to open");
  return parts.filter(Boolean).join(", ");
}

type NodeData = { node: GraphNode; box?: Box; mark?: "cleared" | "appeared"; dimmed: boolean };

const isGroup = (node: GraphNode) => node.kind === "sources" || node.kind === "behaviours" || node.kind === "systems";

/** Memoised: selecting a node redraws only the nodes whose dimming changes. */
const ModelNode = memo(function ModelNode({ data }: NodeProps<Node<NodeData>>) {
  const { node, mark, box } = data;
  const group = isGroup(node);
  return (
    <div
      className={`graph-node kind-${node.kind}${group ? " cluster" : ""}${node.focused ? " focused" : ""}${
        mark ? ` ${mark}` : ""
      }${data.dimmed ? " dimmed" : ""}`}
      style={box}
    >
      <Handle type="target" position={Position.Left} isConnectable={false} />
      {group ? (
        // A group is a short box sized by what it holds: its name, then what it holds and its worst finding
        // (how many findings: in its details).
        <>
          <span className="graph-node-label">{node.label}</span>
          <span className="graph-node-head">
            {node.detail && <span className="graph-node-detail">{node.detail}</span>}
            {node.severity && <span className={`severity ${node.severity}`}>{node.severity}</span>}
          </span>
        </>
      ) : (
        <>
          <span className="graph-node-kind">{KIND_WORDS[node.kind]}</span>
          <span className="graph-node-label">{node.label}</span>
          {node.detail && <span className="graph-node-detail">{node.detail}</span>}
          {node.severity && (
            <span className={`severity ${node.severity}`}>
              {node.severity}
              {node.findingCount > 1 ? ` ·${node.findingCount}` : ""}
            </span>
          )}
        </>
      )}
      <Handle type="source" position={Position.Right} isConnectable={false} />
    </div>
  );
});
const nodeTypes = { model: ModelNode };

/** Lines are drawn with their count only while few, or for the item chosen: dozens of labels would bury the lines. */
const LABELLED_EDGES = 40;

export type CanvasProps = {
  graph: SystemGraph;
  selected?: string;
  onSelect: (id: string | undefined) => void;
  /** Enter on a node, or a double click: focus it, or open its cluster. */
  onActivate: (node: GraphNode) => void;
  onClear: () => void;
  highlight?: GraphHighlight;
};

function Canvas({ graph, selected, onSelect, onActivate, onClear, highlight }: CanvasProps) {
  const box = useRef<HTMLDivElement>(null);
  const byId = useMemo(() => new Map(graph.nodes.map((n) => [n.id, n])), [graph]);
  const placed = useMemo(() => {
    const largest = new Map<number, number>();
    for (const n of graph.nodes) if (isGroup(n)) largest.set(n.column, Math.max(largest.get(n.column) ?? 0, n.count));
    const boxed = graph.nodes.map((n) => ({
      id: n.id,
      column: n.column,
      ...(isGroup(n) ? { box: groupBox(n.count, largest.get(n.column)!) } : {}),
    }));
    return layOut(boxed, graph.edges);
  }, [graph]);
  const heaviest = useMemo(() => Math.max(1, ...graph.edges.map((e) => e.weight)), [graph]);
  const marked = useMemo(() => {
    const cleared = new Set(highlight?.cleared ?? []);
    const appeared = new Set(highlight?.appeared ?? []);
    return (ids: string[]) =>
      ids.some((id) => appeared.has(id)) ? "appeared" : ids.some((id) => cleared.has(id)) ? "cleared" : undefined;
  }, [highlight]);
  const near = useMemo(() => {
    if (!selected) return null;
    const ids = new Set([selected]);
    for (const e of graph.edges) if (e.source === selected || e.target === selected) ids.add(e.source).add(e.target);
    return ids;
  }, [graph, selected]);

  const nodes: Node<NodeData>[] = useMemo(
    () =>
      graph.nodes.map((node) => ({
        id: node.id,
        type: "model",
        position: placed.get(node.id)!,
        data: {
          node,
          ...(isGroup(node) ? { box: { width: placed.get(node.id)!.width, height: placed.get(node.id)!.height } } : {}),
          mark: marked(node.findings),
          dimmed: near !== null && !near.has(node.id),
        },
        ariaLabel: nodeWords(node),
        selected: node.id === selected,
      })),
    [graph, placed, marked, near, selected],
  );
  const edges: Edge[] = useMemo(
    () =>
      graph.edges.map((edge) => {
        const style = EDGE_STYLES[edge.effect];
        // Aggregated lines by their weight against the heaviest drawn (by area: the square root), so the
        // heaviest stand out and the light ones recede.
        const share = Math.sqrt(edge.weight / heaviest);
        const width = edge.count > 1 ? 1 + 6 * share : edge.effect === "serves" ? 1 : edge.strength * 1.4;
        const touching = selected !== undefined && (edge.source === selected || edge.target === selected);
        const dimmed = near !== null && !touching;
        const mark = marked(edge.findings);
        const labelled = edge.count > 1 && (touching || graph.edges.length <= LABELLED_EDGES);
        return {
          id: edge.id,
          source: edge.source,
          target: edge.target,
          label: labelled ? `×${edge.count}` : undefined,
          style: {
            stroke: style.stroke,
            strokeWidth: mark ? width + 2 : width,
            strokeDasharray: style.dash,
            opacity: dimmed ? 0.12 : edge.effect === "serves" ? 0.6 : edge.count > 1 ? 0.35 + 0.55 * share : 0.9,
          },
          markerEnd: { type: MarkerType.ArrowClosed, color: style.stroke, width: 14, height: 14 },
          focusable: false,
        };
      }),
    [graph, near, marked, heaviest, selected],
  );

  // Open on the whole graph when it reads at that size; else on what the reader asked for (nodes-to-fit.ts) at a
  // size that reads — from its top, or around the focused item — and they pan or zoom out for the rest. Done
  // here rather than by React Flow's fitView prop, once every node has been measured.
  const flow = useReactFlow();
  useEffect(() => {
    const element = box.current;
    if (!element) return;
    let frame = 0;
    let tries = 0;
    const fit = () => {
      // Measured sizes live on React Flow's internal nodes (these nodes are controlled from props).
      const all = graph.nodes.map((n) => flow.getInternalNode(n.id));
      if (all.length === 0 || all.some((n) => !n?.measured.width)) {
        if (tries++ < 120) frame = requestAnimationFrame(fit);
        return;
      }
      const [width, height] = [element.clientWidth, element.clientHeight];
      const ids = graph.nodes.map((n) => n.id);
      const whole = getViewportForBounds(flow.getNodesBounds(ids), width, height, 0.1, 2, FIT_PADDING);
      if (whole.zoom >= READABLE_ZOOM) {
        void flow.setViewport(whole);
        return;
      }
      const wanted = new Set(nodesToFit(graph));
      const bounds = flow.getNodesBounds(ids.filter((id) => wanted.has(id)));
      const view = getViewportForBounds(bounds, width, height, READABLE_ZOOM, 1, FIT_PADDING);
      const margin = 16;
      if (bounds.width * view.zoom > width - 2 * margin) view.x = margin - bounds.x * view.zoom;
      if (bounds.height * view.zoom > height - 2 * margin) {
        const focused = all.find((n) => byId.get(n!.id)?.focused);
        view.y = focused
          ? height / 2 - (focused.internals.positionAbsolute.y + (focused.measured.height ?? 0) / 2) * view.zoom
          : margin - bounds.y * view.zoom;
      }
      void flow.setViewport(view);
    };
    frame = requestAnimationFrame(fit);
    return () => cancelAnimationFrame(frame);
  }, [graph, flow, byId]);

  // Tab reaches the nodes; arrow keys walk them (up/down in a column, left/right to the next column),
  // Enter focuses or opens one, Escape clears the focus.
  const columnsOrdered = useMemo(() => {
    const columns = new Map<number, GraphNode[]>();
    for (const n of graph.nodes) columns.set(n.column, [...(columns.get(n.column) ?? []), n]);
    for (const list of columns.values()) list.sort((a, b) => placed.get(a.id)!.y - placed.get(b.id)!.y);
    return [...columns.entries()].sort((a, b) => a[0] - b[0]).map(([, list]) => list);
  }, [graph, placed]);
  const moveTo = (id: string) => {
    const find = () => box.current?.querySelector<HTMLElement>(`.react-flow__node[data-id="${CSS.escape(id)}"]`);
    find()?.focus();
    onSelect(id);
    // Selecting redraws the nodes; keep the keyboard on the one moved to.
    requestAnimationFrame(() => find()?.focus());
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === "Escape") {
      event.preventDefault();
      onSelect(undefined);
      onClear();
      return;
    }
    const element = (event.target as HTMLElement).closest<HTMLElement>(".react-flow__node");
    const id = element?.dataset.id;
    const node = id ? byId.get(id) : undefined;
    if (!node) return;
    if (event.key === "Enter" || event.key === " ") {
      event.preventDefault();
      if (event.key === "Enter" && (node.focus || node.expand) && !node.focused) onActivate(node);
      else onSelect(node.id);
      return;
    }
    const c = columnsOrdered.findIndex((list) => list.some((n) => n.id === node.id));
    const list = columnsOrdered[c]!;
    const at = list.findIndex((n) => n.id === node.id);
    let next: GraphNode | undefined;
    if (event.key === "ArrowDown") next = list[at + 1];
    else if (event.key === "ArrowUp") next = list[at - 1];
    else if (event.key === "ArrowRight" || event.key === "ArrowLeft") {
      const other = columnsOrdered[c + (event.key === "ArrowRight" ? 1 : -1)];
      const y = placed.get(node.id)!.y;
      next = other?.reduce((best, n) =>
        Math.abs(placed.get(n.id)!.y - y) < Math.abs(placed.get(best.id)!.y - y) ? n : best,
      );
    } else if (event.key === "Home") next = list[0];
    else if (event.key === "End") next = list.at(-1);
    else return;
    event.preventDefault();
    if (next) moveTo(next.id);
  };

  return (
    <div className="graph-canvas" ref={box} onKeyDown={onKeyDown} data-testid="system-graph">
      <ReactFlow
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        minZoom={0.1}
        nodesDraggable={false}
        nodesConnectable={false}
        edgesFocusable={false}
        elementsSelectable
        onNodeClick={(_, node) => onSelect(node.id)}
        onNodeDoubleClick={(_, node) => {
          const model = byId.get(node.id);
          if (model && (model.focus || model.expand) && !model.focused) onActivate(model);
        }}
        onPaneClick={() => onSelect(undefined)}
        proOptions={{ hideAttribution: true }}
        ariaLabelConfig={{
          "node.a11yDescription.default": "Arrow keys move between items, Enter focuses or opens one, Escape clears.",
        }}
      >
        <Background gap={24} />
        <Controls showInteractive={false} />
      </ReactFlow>
    </div>
  );
}

export function GraphCanvas(props: CanvasProps) {
  return (
    <ReactFlowProvider>
      <Canvas {...props} />
    </ReactFlowProvider>
  );
}
