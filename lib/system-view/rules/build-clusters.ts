/**
 * The clustered view (DESIGN §5): one node per department for its KPIs and processes (left) and one for
 * its behaviours (middle), objectives on the right; influences aggregated between them as signed edges.
 * Departments open while the view stays small (a small model is drawn item by item; a 5,000-KPI model
 * starts at its top-level departments) and on demand (`expand`). An open department shows its own KPIs and
 * processes one by one and its behaviours one node per role, each capped, the rest in an "N more" node.
 */
import type { Finding } from "@/lib/alignment/rules/finding";
import type { ModelDocument } from "@/lib/model/model-schema";
import { count } from "@/lib/text/plural";
import { edgesWithinBudget, mergeParallelEdges } from "./aggregate-edges";
import { findingNotes, MarkSum, severityRank, type FindingMarks, type Mark } from "./finding-marks";
import type { EdgeEffect, GraphEdge, GraphNode, GraphOptions, SystemGraph } from "./graph-types";
import { filterTests, lookUp, type ModelLookup } from "./model-lookup";

export const CLUSTER_LIMITS = {
  /** Departments open by themselves while the view has at most this many nodes… */
  autoOpenNodes: 60,
  /** …and no column more than this many rows (a taller one no longer reads at a laptop's size). */
  autoOpenRows: 24,
  /** Own KPIs and processes, or roles, drawn one by one in an open department. */
  perDepartment: 15,
  systems: 25,
  objectives: 30,
  nodes: 400,
  edges: 400,
  /** Lines drawn: this many per node drawn, at least `minEdges` (the rest are counted, heaviest kept). */
  edgesPerNode: 2,
  minEdges: 60,
};

const CLUSTER_KINDS = new Set<GraphNode["kind"]>(["sources", "behaviours", "systems"]);

/** The key that opens the systems' node (no department key can start with "_"). */
export const SYSTEMS_KEY = "_systems";

/** Findings named per cluster and per aggregated edge (their explanations travel with the graph). */
const FINDINGS_PER_NODE = 3;
const FINDINGS_PER_EDGE = 1;

const SOURCE_COLUMN = 0;
const BEHAVIOUR_COLUMN = 1;
const OBJECTIVE_COLUMN = 2;

type Builder = {
  node: GraphNode;
  marks: MarkSum;
  kpis: number;
  processes: number;
  systems: number;
  behaviours: number;
  roles: Set<string>;
};

export function buildClusters(
  model: ModelDocument,
  marks: FindingMarks,
  options: GraphOptions = {},
  limits = CLUSTER_LIMITS,
  lookup: ModelLookup = lookUp(model),
): SystemGraph {
  const { tree } = lookup;
  const keep = filterTests(lookup, marks, options);
  const known = new Set(model.departments.map((d) => d.key));
  const top = model.departments.filter((d) => !d.parent || !known.has(d.parent)).map((d) => d.key);
  const children = new Map<string, string[]>();
  for (const d of model.departments)
    if (d.parent && known.has(d.parent)) children.set(d.parent, [...(children.get(d.parent) ?? []), d.key]);

  // What each department holds of its own.
  const ownSources = new Map<string, string[]>();
  const ownRoles = new Map<string, string[]>();
  const push = (map: Map<string, string[]>, key: string, value: string) => {
    const list = map.get(key);
    if (list) list.push(value);
    else map.set(key, [value]);
  };
  for (const k of model.kpis) push(ownSources, k.department, `kpi:${k.key}`);
  for (const p of model.processes) push(ownSources, p.department, `process:${p.key}`);
  for (const r of model.roles) push(ownRoles, r.department, r.key);

  // Which departments are open: those asked for (and the way down to them), the filtered one, then
  // breadth first while the view stays small.
  const open = new Set<string>();
  const openWithLineage = (key: string) => {
    if (known.has(key)) for (const at of tree.lineage(key)) open.add(at);
  };
  for (const key of options.expand ?? []) openWithLineage(key);
  if (options.department) openWithLineage(options.department);
  const openSystems = (options.expand ?? []).includes(SYSTEMS_KEY) || model.systems.length <= limits.systems;
  const drawn = (n: number) => Math.min(n, limits.perDepartment + 1);
  let nodeCount = 2 * top.length + Math.min(model.objectives.length, limits.objectives + 1) + 1;
  // Rows of the two tall columns: what pushes (with the systems' node) and the behaviours.
  let sourceRows = top.length + 1;
  let roleRows = top.length;
  const queue = [...top];
  while (queue.length > 0) {
    const key = queue.shift()!;
    const kids = children.get(key) ?? [];
    if (!open.has(key)) {
      const sources = drawn(ownSources.get(key)?.length ?? 0) + kids.length - 1;
      const roles = drawn(ownRoles.get(key)?.length ?? 0) + kids.length - 1;
      if (nodeCount + sources + roles > limits.autoOpenNodes) continue;
      if (Math.max(sourceRows + sources, roleRows + roles) > limits.autoOpenRows) continue;
      open.add(key);
      nodeCount += sources + roles;
      sourceRows += sources;
      roleRows += roles;
    }
    queue.push(...kids);
  }

  // Where each item is drawn: in the cluster of its highest closed department, or on its own.
  const clusterOf = new Map<string, string | null>();
  const closedAncestor = (department: string): string | null => {
    let found = clusterOf.get(department);
    if (found !== undefined) return found;
    found = null;
    for (const at of tree.lineage(department)) if (!open.has(at)) found = at;
    clusterOf.set(department, found);
    return found;
  };

  // Items with findings and the most influences are drawn on their own first.
  const influenceCount = new Map<string, number>();
  for (const [from, list] of lookup.influencesFrom) influenceCount.set(from, list.length);
  const behavioursOfRole = new Map<string, number>();
  for (const b of model.behaviours) behavioursOfRole.set(b.role, (behavioursOfRole.get(b.role) ?? 0) + 1);
  const prominence = (id: string, n: number) => (severityRank(marks.items.get(id)?.severity) + 1) * 1e9 + n;
  const shownOwn = (list: string[], id: (x: string) => string, n: (x: string) => number) =>
    new Set(
      [...list]
        .sort((a, b) => prominence(id(b), n(b)) - prominence(id(a), n(a)))
        .slice(0, list.length > limits.perDepartment ? limits.perDepartment : list.length),
    );
  const shownSources = new Map<string, Set<string>>();
  const shownRoles = new Map<string, Set<string>>();
  for (const key of open) {
    shownSources.set(
      key,
      shownOwn(
        ownSources.get(key) ?? [],
        (x) => x,
        (x) => influenceCount.get(x) ?? 0,
      ),
    );
    shownRoles.set(
      key,
      shownOwn(
        ownRoles.get(key) ?? [],
        (x) => `role:${x}`,
        (x) => behavioursOfRole.get(x) ?? 0,
      ),
    );
  }
  const shownSystems = new Set(openSystems ? model.systems.slice(0, limits.systems).map((s) => `system:${s.key}`) : []);

  const builders = new Map<string, Builder>();
  const builder = (id: string, make: () => Omit<GraphNode, "id" | "findings" | "findingCount" | "count">) => {
    let found = builders.get(id);
    if (!found) {
      found = {
        node: { id, count: 0, findings: [], findingCount: 0, ...make() },
        marks: new MarkSum(FINDINGS_PER_NODE),
        kpis: 0,
        processes: 0,
        systems: 0,
        behaviours: 0,
        roles: new Set(),
      };
      builders.set(id, found);
    }
    return found;
  };
  const departmentLabel = (key: string) => lookup.departmentName.get(key) ?? key;

  const sourceNodes = new Map<string, Builder>();
  const sourceNode = (id: string): Builder => {
    let found = sourceNodes.get(id);
    if (!found) sourceNodes.set(id, (found = placeSource(id)));
    return found;
  };
  const placeSource = (id: string): Builder => {
    const source = lookup.sources.get(id)!;
    const [kind] = id.split(":") as ["kpi" | "process" | "system"];
    if (kind === "system")
      return shownSystems.has(id)
        ? builder(id, () => ({ kind, column: SOURCE_COLUMN, label: source.name, focus: id }))
        : builder("systems", () => ({
            kind: "systems",
            column: SOURCE_COLUMN,
            label: openSystems ? "More systems" : "Systems",
            ...(openSystems ? {} : { expand: SYSTEMS_KEY }),
          }));
    const department = source.department!;
    const closed = closedAncestor(department);
    if (closed !== null)
      return builder(`sources:${closed}`, () => ({
        kind: "sources",
        column: SOURCE_COLUMN,
        label: departmentLabel(closed),
        expand: closed,
      }));
    if (shownSources.get(department)?.has(id))
      return builder(id, () => ({
        kind,
        column: SOURCE_COLUMN,
        label: source.name,
        detail: departmentLabel(department),
        focus: id,
      }));
    return builder(`more-sources:${department}`, () => ({
      kind: "sources",
      column: SOURCE_COLUMN,
      label: `More of ${departmentLabel(department)}`,
    }));
  };

  const roleNodes = new Map<string, Builder>();
  const roleNode = (role: string): Builder => {
    let found = roleNodes.get(role);
    if (!found) roleNodes.set(role, (found = placeRole(role)));
    return found;
  };
  const placeRole = (role: string): Builder => {
    const department = lookup.roleDepartment.get(role)!;
    const closed = closedAncestor(department);
    if (closed !== null)
      return builder(`behaviours:${closed}`, () => ({
        kind: "behaviours",
        column: BEHAVIOUR_COLUMN,
        label: departmentLabel(closed),
        expand: closed,
      }));
    if (shownRoles.get(department)?.has(role))
      return builder(`role:${role}`, () => ({
        kind: "role",
        column: BEHAVIOUR_COLUMN,
        label: lookup.roleName.get(role) ?? role,
        focus: `role:${role}`,
      }));
    return builder(`more-roles:${department}`, () => ({
      kind: "behaviours",
      column: BEHAVIOUR_COLUMN,
      label: `More roles of ${departmentLabel(department)}`,
    }));
  };

  const objectiveShown = new Set(model.objectives.slice(0, limits.objectives).map((o) => o.key));
  const objectiveNode = (key: string): Builder =>
    objectiveShown.has(key)
      ? builder(`objective:${key}`, () => ({
          kind: "objective",
          column: OBJECTIVE_COLUMN,
          label: lookup.objectiveName.get(key) ?? key,
        }))
      : builder("more-objectives", () => ({ kind: "objective", column: OBJECTIVE_COLUMN, label: "More objectives" }));

  // Nodes in the departments' order, so what belongs together sits together.
  const visit = (key: string) => {
    if (!open.has(key)) {
      sourceNodeOfDepartment(key);
      return;
    }
    for (const id of ownSources.get(key) ?? []) sourceNode(id);
    for (const role of ownRoles.get(key) ?? []) roleNode(role);
    for (const kid of children.get(key) ?? []) visit(kid);
  };
  const sourceNodeOfDepartment = (key: string) => {
    if (ownSourcesBelow(key)) builder(`sources:${key}`, () => clusterNode("sources", key));
    if (ownRolesBelow(key)) builder(`behaviours:${key}`, () => clusterNode("behaviours", key));
  };
  const clusterNode = (kind: "sources" | "behaviours", key: string) => ({
    kind,
    column: kind === "sources" ? SOURCE_COLUMN : BEHAVIOUR_COLUMN,
    label: departmentLabel(key),
    expand: key,
  });
  const ownSourcesBelow = (key: string) => tree.subtree(key).some((d) => (ownSources.get(d)?.length ?? 0) > 0);
  const ownRolesBelow = (key: string) => tree.subtree(key).some((d) => (ownRoles.get(d)?.length ?? 0) > 0);
  for (const key of top) visit(key);
  for (const s of model.systems) sourceNode(`system:${s.key}`);
  for (const o of model.objectives) objectiveNode(o.key);

  // Members: counts and findings.
  for (const id of lookup.sources.keys()) {
    const b = sourceNode(id);
    b.marks.add(marks.items.get(id));
    if (id.startsWith("kpi:")) b.kpis++;
    else if (id.startsWith("process:")) b.processes++;
    else b.systems++;
  }
  for (const behaviour of model.behaviours) {
    if (!keep.behaviour(behaviour)) continue;
    const b = roleNode(behaviour.role);
    b.behaviours++;
    b.roles.add(behaviour.role);
    b.marks.add(marks.item("behaviour", behaviour.key));
  }
  for (const role of model.roles) roleNode(role.key).marks.add(marks.item("role", role.key));
  for (const o of model.objectives) objectiveNode(o.key).node.count++;

  // Edges, aggregated between the nodes drawn.
  // Edges keyed by numbers (the two nodes' places and the effect), not by strings: 100,000 influences.
  type EdgeSum = { edge: GraphEdge; marks: MarkSum };
  const edges = new Map<number, EdgeSum>();
  const place = new Map<Builder, number>();
  const placeOf = (b: Builder) => {
    let at = place.get(b);
    if (at === undefined) place.set(b, (at = place.size));
    return at;
  };
  const EFFECTS: EdgeEffect[] = ["supports", "obstructs", "reinforces", "trades-off", "counters", "serves"];
  const addEdge = (from: Builder, to: Builder, effect: EdgeEffect, strength: number, mark?: Mark) => {
    if (from === to) return;
    const key = (placeOf(from) * 1_000_003 + placeOf(to)) * 8 + EFFECTS.indexOf(effect);
    let sum = edges.get(key);
    if (!sum) {
      const [source, target] = [from.node.id, to.node.id];
      const id = `${source}>${target}:${effect}`;
      sum = {
        edge: { id, source, target, effect, strength, count: 0, weight: 0, findings: [], findingCount: 0 },
        marks: new MarkSum(FINDINGS_PER_EDGE),
      };
      edges.set(key, sum);
    }
    sum.edge.count++;
    sum.edge.weight += strength;
    sum.edge.strength = Math.max(sum.edge.strength, strength);
    sum.marks.add(mark);
  };
  // Only a filter asks which behaviours an influence kept; every source has its node by now (members, above),
  // so the node found is also the test that the source exists: one lookup less on 100,000 influences.
  const keptBehaviours = new Set<string>();
  for (const influence of model.influences) {
    const behaviour = lookup.behaviours.get(influence.to);
    if (!behaviour) continue;
    const source = sourceNodes.get(influence.from);
    if (!source || !keep.influence(influence, behaviour)) continue;
    if (keep.active) keptBehaviours.add(behaviour.key);
    addEdge(
      source,
      roleNode(behaviour.role),
      influence.effect,
      influence.strength,
      marks.influence(influence.from, behaviour.key),
    );
  }
  for (const behaviour of model.behaviours) {
    if (!behaviour.objectives?.length || behaviour.status === "retired") continue;
    if (keep.active && !keptBehaviours.has(behaviour.key) && !keep.behaviour(behaviour)) continue;
    const from = roleNode(behaviour.role);
    for (const objective of behaviour.objectives) addEdge(from, objectiveNode(objective), "serves", 1);
  }
  for (const link of model.kpiLinks ?? []) {
    const [from, to] = [`kpi:${link.from}`, `kpi:${link.to}`];
    if (!lookup.sources.has(from) || !lookup.sources.has(to) || !keep.link(from, to)) continue;
    addEdge(sourceNode(from), sourceNode(to), link.effect, 2, marks.pair(from, to));
  }

  // Finish the nodes: words for what a cluster holds; with a filter on, only what the filter kept.
  const touched = new Set<string>();
  for (const { edge } of edges.values()) touched.add(edge.source).add(edge.target);
  const nodes: GraphNode[] = [];
  for (const b of builders.values()) {
    const { node } = b;
    node.severity = b.marks.severity;
    node.findings = b.marks.findings.map((f) => f.id);
    node.findingCount = b.marks.count;
    if (node.column === SOURCE_COLUMN) {
      node.count = b.kpis + b.processes + b.systems;
      if (node.kind === "sources" || node.kind === "systems")
        node.detail = [
          b.kpis && count(b.kpis, "KPI"),
          b.processes && count(b.processes, "process", "processes"),
          b.systems && count(b.systems, "system"),
        ]
          .filter(Boolean)
          .join(" · ");
    } else if (node.column === BEHAVIOUR_COLUMN) {
      node.count = b.behaviours;
      node.detail =
        node.kind === "role"
          ? count(b.behaviours, "behaviour")
          : `${count(b.behaviours, "behaviour")} · ${count(b.roles.size, "role")}`;
    }
    if (node.count === 0 && node.kind !== "objective") continue;
    const marked = options.severity !== undefined && severityRank(node.severity) >= severityRank(options.severity);
    if (keep.active && !touched.has(node.id) && !marked) continue;
    nodes.push(node);
  }
  const shownNodes = nodes.slice(0, limits.nodes);
  const shownIds = new Set(shownNodes.map((n) => n.id));

  // Between two groups, links of every effect are one line (a group's supports and obstructs side by side
  // would only double the lines); between two items each effect keeps its own, a conflict worth seeing.
  const findingOf = new Map<string, Finding>();
  const drawnEdges = [...edges.values()]
    .filter(({ edge }) => shownIds.has(edge.source) && shownIds.has(edge.target))
    .map(({ edge, marks: m }) => {
      for (const f of m.findings) findingOf.set(f.id, f);
      return { ...edge, severity: m.severity, findings: m.findings.map((f) => f.id), findingCount: m.count };
    });
  const isGroup = (id: string) => CLUSTER_KINDS.has(builders.get(id)!.node.kind);
  const merged = [
    ...drawnEdges.filter((e) => !isGroup(e.source) && !isGroup(e.target)),
    ...mergeParallelEdges(
      drawnEdges.filter((e) => isGroup(e.source) || isGroup(e.target)),
      FINDINGS_PER_EDGE,
    ),
  ];
  const budget = Math.min(limits.edges, Math.max(limits.minEdges, limits.edgesPerNode * shownNodes.length));
  const shownEdges = edgesWithinBudget(merged, budget);

  const named = [...builders.values()].filter((b) => shownIds.has(b.node.id)).flatMap((b) => b.marks.findings);
  for (const edge of shownEdges) for (const id of edge.findings) named.push(findingOf.get(id)!);
  return {
    mode: "clusters",
    nodes: shownNodes,
    edges: shownEdges,
    paths: [],
    hidden: { nodes: nodes.length - shownNodes.length, edges: merged.length - shownEdges.length, paths: 0 },
    findings: findingNotes(named),
  };
}
