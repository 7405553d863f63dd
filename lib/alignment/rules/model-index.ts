/**
 * Lookups over a model that every rule shares, built once per analysis. Influences are resolved to
 * integer indices once and grouped by behaviour in flat typed arrays (compressed rows), so the rules
 * walk contiguous memory instead of looking strings up in maps: this keeps the analysis near-linear
 * as models grow past what fits in the processor's caches.
 */
import type { Behaviour, Influence, Kpi, ModelDocument, Process, Role, System } from "@/lib/model/model-schema";

export type InfluenceSource =
  { kind: "kpi"; item: Kpi } | { kind: "process"; item: Process } | { kind: "system"; item: System };

export type ModelIndex = {
  model: ModelDocument;
  roles: Map<string, Role>;
  /** Sources in a fixed order: KPIs, then processes, then systems. */
  sources: InfluenceSource[];
  /** Influence i goes from sources[influenceSource[i]] to model.behaviours[influenceBehaviour[i]]. */
  influenceSource: Int32Array;
  influenceObstructs: Uint8Array;
  /** Influences on behaviour b are byBehaviour[rowStart[b] … rowStart[b + 1]), in model order. */
  rowStart: Int32Array;
  byBehaviour: Int32Array;
  /** Per behaviour: 1 if something supports / obstructs it. */
  supported: Uint8Array;
  obstructed: Uint8Array;
  /** Indices of approved behaviours, in model order. */
  approved: Int32Array;
  /** Per source: 1 if it influences some behaviour (of any status). */
  sourceUsed: Uint8Array;
  /** KPI key → roles it measures. */
  measuredRoles: Map<string, Set<string>>;
  kpis: Map<string, Kpi>;
};

export function indexModel(model: ModelDocument): ModelIndex {
  const { behaviours, influences } = model;
  const sources: InfluenceSource[] = [
    ...model.kpis.map((item) => ({ kind: "kpi" as const, item })),
    ...model.processes.map((item) => ({ kind: "process" as const, item })),
    ...model.systems.map((item) => ({ kind: "system" as const, item })),
  ];
  const sourceNumber = new Map<string, number>();
  sources.forEach((source, i) => sourceNumber.set(`${source.kind}:${source.item.key}`, i));
  const behaviourNumber = new Map<string, number>();
  behaviours.forEach((behaviour, i) => behaviourNumber.set(behaviour.key, i));

  const count = influences.length;
  const influenceSource = new Int32Array(count);
  const influenceBehaviour = new Int32Array(count);
  const influenceObstructs = new Uint8Array(count);
  const rowStart = new Int32Array(behaviours.length + 1);
  const supported = new Uint8Array(behaviours.length);
  const obstructed = new Uint8Array(behaviours.length);
  const sourceUsed = new Uint8Array(sources.length);
  for (let i = 0; i < count; i++) {
    const influence: Influence = influences[i]!;
    // A validated model has no dangling references; an unvalidated one must not crash the analysis.
    const source = sourceNumber.get(influence.from) ?? -1;
    const behaviour = behaviourNumber.get(influence.to) ?? -1;
    influenceSource[i] = source;
    influenceBehaviour[i] = behaviour;
    if (source < 0 || behaviour < 0) continue;
    const obstructs = influence.effect === "obstructs";
    influenceObstructs[i] = obstructs ? 1 : 0;
    if (obstructs) obstructed[behaviour] = 1;
    else supported[behaviour] = 1;
    sourceUsed[source] = 1;
    rowStart[behaviour + 1]!++;
  }
  for (let b = 0; b < behaviours.length; b++) rowStart[b + 1]! += rowStart[b]!;
  const byBehaviour = new Int32Array(rowStart[behaviours.length]!);
  const fill = rowStart.slice(0, behaviours.length);
  for (let i = 0; i < count; i++) {
    const behaviour = influenceBehaviour[i]!;
    if (behaviour < 0 || influenceSource[i]! < 0) continue;
    byBehaviour[fill[behaviour]!++] = i;
  }
  const approvedList: number[] = [];
  for (let b = 0; b < behaviours.length; b++) if (behaviours[b]!.status === "approved") approvedList.push(b);

  return {
    model,
    roles: new Map(model.roles.map((role) => [role.key, role])),
    sources,
    influenceSource,
    influenceObstructs,
    rowStart,
    byBehaviour,
    supported,
    obstructed,
    approved: Int32Array.from(approvedList),
    sourceUsed,
    measuredRoles: new Map(model.kpis.map((kpi) => [kpi.key, new Set(kpi.measuredRoles ?? [])])),
    kpis: new Map(model.kpis.map((kpi) => [kpi.key, kpi])),
  };
}

/** Calls `visit` for each influence on behaviour `b`, with its index and source. */
export function forEachInfluenceOn(
  index: ModelIndex,
  b: number,
  visit: (influence: number, source: InfluenceSource, obstructs: boolean) => void,
): void {
  for (let r = index.rowStart[b]!; r < index.rowStart[b + 1]!; r++) {
    const i = index.byBehaviour[r]!;
    visit(i, index.sources[index.influenceSource[i]!]!, index.influenceObstructs[i] === 1);
  }
}

/** Calls `visit` for each KPI that obstructs an approved behaviour (the walk F1 and F3 share). */
export function forEachObstructingKpi(
  index: ModelIndex,
  visit: (behaviour: Behaviour, kpi: Kpi, influence: number) => void,
): void {
  for (const b of index.approved) {
    if (!index.obstructed[b]) continue;
    const behaviour = index.model.behaviours[b]!;
    forEachInfluenceOn(index, b, (i, source, obstructs) => {
      if (obstructs && source.kind === "kpi") visit(behaviour, source.item, i);
    });
  }
}

/** Keys of the KPIs that obstruct at least one approved behaviour. */
export function kpisObstructingApproved(index: ModelIndex): Set<string> {
  const keys = new Set<string>();
  forEachObstructingKpi(index, (_behaviour, kpi) => keys.add(kpi.key));
  return keys;
}

/** Role key → the KPIs that measure it, in the model's order. */
export function kpisByMeasuredRole(index: ModelIndex): Map<string, Kpi[]> {
  const byRole = new Map<string, Kpi[]>();
  for (const kpi of index.model.kpis)
    for (const role of index.measuredRoles.get(kpi.key)!) {
      const list = byRole.get(role);
      if (list) list.push(kpi);
      else byRole.set(role, [kpi]);
    }
  return byRole;
}

export type BehaviourAlignment = "aligned" | "conflicted" | "unsupported";

/** DESIGN §4.2: conflicted if anything obstructs; aligned if something supports; otherwise unsupported. */
export function classifyBehaviour(index: ModelIndex, b: number): BehaviourAlignment {
  if (index.obstructed[b]) return "conflicted";
  return index.supported[b] ? "aligned" : "unsupported";
}

export function behaviourAt(index: ModelIndex, b: number): Behaviour {
  return index.model.behaviours[b]!;
}
