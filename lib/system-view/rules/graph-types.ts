/**
 * What the system view draws (DESIGN §5): nodes in columns and signed, weighted edges. Built on the
 * server by pure functions (build-clusters.ts, build-focus.ts) and sent as it is to the page, so the
 * browser never receives the whole model — only what is drawn, with "N more" counts for the rest.
 */
import type { RuleId, Severity } from "@/lib/alignment/rules/finding";

export type NodeKind =
  /** One item of the model. */
  | "kpi"
  | "process"
  | "system"
  | "behaviour"
  | "objective"
  /** A department's KPIs and processes (its sub-departments' included), or the rest of them past a cap. */
  | "sources"
  /** The organisation's systems (systems belong to no department). */
  | "systems"
  /** A department's behaviours (its sub-departments' included), or the rest of them past a cap. */
  | "behaviours"
  /** One role's behaviours. */
  | "role";

export type EdgeEffect = "supports" | "obstructs" | "reinforces" | "trades-off" | "counters" | "serves";

export type GraphNode = {
  id: string;
  kind: NodeKind;
  /** Left to right: what pushes, what is pushed, what is served. */
  column: number;
  label: string;
  /** A second line: counts of a cluster, the role and stage of a behaviour. */
  detail?: string;
  /** How many items of the model the node stands for (1 for an item). */
  count: number;
  /** The department key a cluster can be opened with (expand on demand). */
  expand?: string;
  /** The item focus=… takes (kpi:<key>, role:<key>, process:<key>, system:<key>), when it can be focused. */
  focus?: string;
  /** The worst severity of the findings about it, and the most severe of them (at most FINDINGS_PER_ITEM). */
  severity?: Severity;
  findings: string[];
  findingCount: number;
  /** The item the view is focused on. */
  focused?: boolean;
};

export type GraphEdge = {
  id: string;
  source: string;
  target: string;
  effect: EdgeEffect;
  /** 1–3: the influence's strength, or the strongest of those aggregated. */
  strength: number;
  /** How many links of the model it stands for, and their summed strength. */
  count: number;
  weight: number;
  severity?: Severity;
  findings: string[];
  findingCount: number;
  /** When links of several effects between the same two nodes are drawn as one edge: each effect's share, heaviest first. */
  parts?: { effect: EdgeEffect; count: number; weight: number }[];
};

/** One path of a focus, for the table view: the focus → (a linked KPI →) a behaviour. */
export type GraphPath = {
  steps: { node: string; label: string }[];
  /** The effects along the way (one per step after the first). */
  effects: EdgeEffect[];
  /** What the path does to its last step in the end: a trade-off against a supporter obstructs it (none for a counter). */
  net?: "supports" | "obstructs";
  strength: number;
  severity?: Severity;
};

export type FindingNote = { id: string; rule: RuleId; ruleName: string; severity: Severity; explanation: string };

export type SystemGraph = {
  mode: "clusters" | "focus";
  focus?: { id: string; label: string };
  nodes: GraphNode[];
  edges: GraphEdge[];
  /** Paths of the focus (table view); empty in the clustered view. */
  paths: GraphPath[];
  /** What was left out to keep the view readable. */
  hidden: { nodes: number; edges: number; paths: number };
  /** The findings named by the drawn nodes and edges. */
  findings: Record<string, FindingNote>;
};

export type GraphFilter = {
  /** Only what touches this department (and those below it). */
  department?: string;
  stage?: string;
  /** Only influences, links and items with a finding at least this severe. */
  severity?: Severity;
};

export type GraphOptions = GraphFilter & {
  /** Departments opened on demand (their items drawn one by one). */
  expand?: string[];
  /** The item focused: kpi:<key>, role:<key>, process:<key> or system:<key>. */
  focus?: string;
};
