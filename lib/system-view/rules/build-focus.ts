/**
 * The focus of the system view: one KPI (process, system) or one role, with everything it pushes and
 * everything that pushes it — including through KPI links. A KPI K that trades off against J obstructs,
 * through J, what J supports (F12's path); a KPI that reinforces J helps what J supports. Behaviours are
 * drawn one by one, the most telling first (worst finding, obstructed, strongest), up to a cap.
 */
import type { Finding } from "@/lib/alignment/rules/finding";
import type { Behaviour, KpiLinkEffect, ModelDocument } from "@/lib/model/model-schema";
import { findingNotes, severityRank, type FindingMarks } from "./finding-marks";
import type { EdgeEffect, GraphEdge, GraphNode, GraphOptions, GraphPath, SystemGraph } from "./graph-types";
import { filterTests, lookUp, type ModelLookup } from "./model-lookup";

export const FOCUS_LIMITS = { behaviours: 60, sources: 40, linked: 30, paths: 300 };

const ACTION_SHOWN = 70;

type Step = { node: string; effect?: EdgeEffect; strength: number };
type Candidate = { steps: Step[]; behaviour?: Behaviour; net?: "supports" | "obstructs"; mark: [string, string] };

const flip = (effect: "supports" | "obstructs") => (effect === "supports" ? "obstructs" : "supports");
const through = (link: KpiLinkEffect, effect: "supports" | "obstructs") =>
  link === "trades-off" ? flip(effect) : effect;

/** `kind:key` of a focus the model has, or null. */
export function parseFocus(model: ModelDocument, focus: string): { kind: string; key: string } | null {
  const at = focus.indexOf(":");
  if (at < 0) return null;
  const [kind, key] = [focus.slice(0, at), focus.slice(at + 1)];
  const section = { kpi: model.kpis, process: model.processes, system: model.systems, role: model.roles }[kind];
  return section?.some((item) => item.key === key) ? { kind, key } : null;
}

export function buildFocus(
  model: ModelDocument,
  marks: FindingMarks,
  options: GraphOptions & { focus: string },
  limits = FOCUS_LIMITS,
  lookup: ModelLookup = lookUp(model),
): SystemGraph | null {
  const target = parseFocus(model, options.focus);
  if (!target) return null;
  const keep = filterTests(lookup, marks, options);
  const focusId = `${target.kind}:${target.key}`;

  type Push = { effect: "supports" | "obstructs"; strength: number };
  const influencesFrom = {
    get(from: string): (Push & { to: Behaviour })[] {
      return (lookup.influencesFrom.get(from) ?? []).flatMap((influence) => {
        const behaviour = lookup.behaviours.get(influence.to);
        return behaviour && keep.influence(influence, behaviour)
          ? [{ to: behaviour, effect: influence.effect, strength: influence.strength }]
          : [];
      });
    },
  };
  const influencesOn = {
    get(key: string): (Push & { from: string })[] {
      const behaviour = lookup.behaviours.get(key)!;
      return (lookup.influencesOn.get(key) ?? []).flatMap((influence) =>
        lookup.sources.has(influence.from) && keep.influence(influence, behaviour)
          ? [{ from: influence.from, effect: influence.effect, strength: influence.strength }]
          : [],
      );
    },
  };
  const linksFrom = new Map<string, { to: string; effect: KpiLinkEffect }[]>();
  const linksTo = new Map<string, { from: string; effect: KpiLinkEffect }[]>();
  for (const link of model.kpiLinks ?? []) {
    const [from, to] = [`kpi:${link.from}`, `kpi:${link.to}`];
    if (from === to || !lookup.sources.has(from) || !lookup.sources.has(to) || !keep.link(from, to)) continue;
    linksFrom.set(from, [...(linksFrom.get(from) ?? []), { to, effect: link.effect }]);
    linksTo.set(to, [...(linksTo.get(to) ?? []), { from, effect: link.effect }]);
  }

  const behaviourId = (b: Behaviour) => `behaviour:${b.key}`;
  const candidates: Candidate[] = [];
  const columns = new Map<string, number>();
  const extra: Candidate[] = [];

  if (target.kind === "role") {
    // What pushes the role's behaviours, directly or through a KPI linked to one that does.
    columns.set("upstream", 0).set("source", 1).set("behaviour", 2).set("objective", 3);
    for (const b of model.behaviours) {
      if (b.role !== target.key) continue;
      for (const i of influencesOn.get(b.key) ?? []) {
        candidates.push({
          steps: [
            { node: i.from, strength: 0 },
            { node: behaviourId(b), effect: i.effect, strength: i.strength },
          ],
          behaviour: b,
          net: i.effect,
          mark: [i.from, behaviourId(b)],
        });
        for (const link of linksTo.get(i.from) ?? [])
          candidates.push({
            steps: [
              { node: link.from, strength: 0 },
              { node: i.from, effect: link.effect, strength: 2 },
              { node: behaviourId(b), effect: i.effect, strength: i.strength },
            ],
            behaviour: b,
            net: through(link.effect, i.effect),
            mark: [link.from, behaviourId(b)],
          });
      }
    }
  } else {
    columns.set("upstream", 0).set("focus", 1).set("linked", 2).set("behaviour", 3).set("objective", 4);
    for (const i of influencesFrom.get(focusId) ?? [])
      candidates.push({
        steps: [
          { node: focusId, strength: 0 },
          { node: behaviourId(i.to), effect: i.effect, strength: i.strength },
        ],
        behaviour: i.to,
        net: i.effect,
        mark: [focusId, behaviourId(i.to)],
      });
    for (const link of (linksFrom.get(focusId) ?? []).slice(0, limits.linked)) {
      extra.push({
        steps: [
          { node: focusId, strength: 0 },
          { node: link.to, effect: link.effect, strength: 2 },
        ],
        net: link.effect === "trades-off" ? "obstructs" : "supports",
        mark: [focusId, link.to],
      });
      for (const i of influencesFrom.get(link.to) ?? [])
        candidates.push({
          steps: [
            { node: focusId, strength: 0 },
            { node: link.to, effect: link.effect, strength: 2 },
            { node: behaviourId(i.to), effect: i.effect, strength: i.strength },
          ],
          behaviour: i.to,
          net: through(link.effect, i.effect),
          mark: [focusId, behaviourId(i.to)],
        });
    }
    // What pushes it: KPIs linked to it, and the counters that catch the damage it can do.
    for (const link of (linksTo.get(focusId) ?? []).slice(0, limits.linked))
      extra.push({
        steps: [
          { node: link.from, strength: 0 },
          { node: focusId, effect: link.effect, strength: 2 },
        ],
        net: link.effect === "trades-off" ? "obstructs" : "supports",
        mark: [link.from, focusId],
      });
    if (target.kind === "kpi") {
      const kpi = model.kpis.find((k) => k.key === target.key)!;
      for (const counter of (kpi.counters ?? []).slice(0, limits.linked))
        if (lookup.sources.has(`kpi:${counter}`))
          extra.push({
            steps: [
              { node: `kpi:${counter}`, strength: 0 },
              { node: focusId, effect: "counters", strength: 1 },
            ],
            mark: [`kpi:${counter}`, focusId],
          });
    }
  }

  // The most telling paths first; behaviours (and, for a role, what pushes them) up to the caps.
  const severityOf = (c: Candidate) => marks.pair(...c.mark)?.severity;
  candidates.sort(
    (a, b) =>
      severityRank(severityOf(b)) - severityRank(severityOf(a)) ||
      Number(b.net === "obstructs") - Number(a.net === "obstructs") ||
      b.steps.at(-1)!.strength - a.steps.at(-1)!.strength ||
      a.steps.length - b.steps.length,
  );
  const shownBehaviours = new Set<string>();
  const shownSources = new Set<string>();
  const allBehaviours = new Set<string>();
  const shown: Candidate[] = [];
  for (const c of candidates) {
    const b = behaviourId(c.behaviour!);
    allBehaviours.add(b);
    if (!shownBehaviours.has(b) && shownBehaviours.size >= limits.behaviours) continue;
    if (target.kind === "role") {
      const pushers = c.steps.slice(0, -1).map((s) => s.node);
      const fresh = pushers.filter((p) => !shownSources.has(p));
      if (fresh.length > 0 && shownSources.size + fresh.length > limits.sources) continue;
      for (const p of fresh) shownSources.add(p);
    }
    shownBehaviours.add(b);
    shown.push(c);
  }
  if (target.kind === "role")
    // The role's behaviours that nothing pushes are part of the picture too (unsupported).
    for (const b of model.behaviours)
      if (b.role === target.key && keep.behaviour(b) && !allBehaviours.has(behaviourId(b))) {
        allBehaviours.add(behaviourId(b));
        if (shownBehaviours.size < limits.behaviours) shownBehaviours.add(behaviourId(b));
      }

  const named = new Set<Finding>();
  const nodes = new Map<string, GraphNode>();
  const nodeFor = (id: string, column: number): GraphNode => {
    let node = nodes.get(id);
    if (node) return node;
    const mark = marks.items.get(id);
    for (const f of mark?.findings ?? []) named.add(f);
    const base = {
      id,
      column,
      count: 1,
      severity: mark?.severity,
      findings: mark?.findings.map((f) => f.id) ?? [],
      findingCount: mark?.count ?? 0,
    };
    const [kind, ...rest] = id.split(":");
    const key = rest.join(":");
    if (kind === "behaviour") {
      const b = lookup.behaviours.get(key)!;
      const action = b.action.length > ACTION_SHOWN ? `${b.action.slice(0, ACTION_SHOWN - 1)}…` : b.action;
      const status = b.status === "approved" ? "" : ` · ${b.status}`;
      node = {
        ...base,
        kind: "behaviour",
        label: action,
        detail: `${lookup.roleName.get(b.role) ?? b.role} · ${lookup.stageName.get(b.stage) ?? b.stage}${status}`,
        focus: `role:${b.role}`,
      };
    } else if (kind === "objective") node = { ...base, kind: "objective", label: lookup.objectiveName.get(key) ?? key };
    else {
      const source = lookup.sources.get(id)!;
      const department = source.department ? lookup.departmentName.get(source.department) : undefined;
      node = {
        ...base,
        kind: kind as "kpi" | "process" | "system",
        label: source.name,
        ...(department ? { detail: department } : {}),
        focus: id,
      };
    }
    if (id === focusId) node.focused = true;
    nodes.set(id, node);
    return node;
  };
  const edges = new Map<string, GraphEdge>();
  const edgeFor = (source: string, target: string, effect: EdgeEffect, strength: number) => {
    const id = `${source}>${target}:${effect}`;
    if (edges.has(id)) return;
    const mark = marks.pair(source, target);
    for (const f of mark?.findings ?? []) named.add(f);
    edges.set(id, {
      id,
      source,
      target,
      effect,
      strength,
      count: 1,
      weight: strength,
      severity: mark?.severity,
      findings: mark?.findings.map((f) => f.id) ?? [],
      findingCount: mark?.count ?? 0,
    });
  };

  const columnOf = (id: string, position: number, length: number): number => {
    if (id.startsWith("behaviour:")) return columns.get("behaviour")!;
    if (target.kind === "role") return position === length - 2 ? columns.get("source")! : columns.get("upstream")!;
    if (id === focusId) return columns.get("focus")!;
    return position === 0 ? columns.get("upstream")! : columns.get("linked")!;
  };
  if (target.kind !== "role") nodeFor(focusId, columns.get("focus")!);
  const paths: GraphPath[] = [];
  for (const c of [...extra, ...shown]) {
    c.steps.forEach((step, position) => {
      nodeFor(step.node, columnOf(step.node, position, c.steps.length));
      if (position > 0) edgeFor(c.steps[position - 1]!.node, step.node, step.effect!, step.strength);
    });
    if (paths.length < limits.paths)
      paths.push({
        steps: c.steps.map((s) => ({ node: s.node, label: nodeFor(s.node, 0).label })),
        effects: c.steps.slice(1).map((s) => s.effect!),
        ...(c.net ? { net: c.net } : {}),
        strength: c.steps.at(-1)!.strength,
        severity: severityOf(c),
      });
  }
  paths.sort((a, b) => severityRank(b.severity) - severityRank(a.severity));
  for (const b of shownBehaviours) nodeFor(b, columns.get("behaviour")!);
  for (const b of shownBehaviours) {
    const behaviour = lookup.behaviours.get(b.slice("behaviour:".length))!;
    if (behaviour.status === "retired") continue;
    for (const objective of behaviour.objectives ?? []) {
      nodeFor(`objective:${objective}`, columns.get("objective")!);
      edgeFor(b, `objective:${objective}`, "serves", 1);
    }
  }

  const label =
    target.kind === "role"
      ? (lookup.roleName.get(target.key) ?? target.key)
      : (lookup.sources.get(focusId)?.name ?? target.key);
  return {
    mode: "focus",
    focus: { id: focusId, label },
    nodes: [...nodes.values()].sort((a, b) => a.column - b.column),
    edges: [...edges.values()],
    paths,
    hidden: {
      nodes: allBehaviours.size - shownBehaviours.size,
      edges: 0,
      paths: candidates.length + extra.length - paths.length,
    },
    findings: findingNotes(named),
  };
}
