/**
 * Lookups over a model that every rule shares, built once per analysis. Every key the rules compare —
 * behaviours, sources, roles, stages, departments — is resolved to a dense integer once, here; the rules
 * then walk flat typed arrays (influences grouped by behaviour as compressed rows, the roles each KPI
 * measures as sorted rows) and never look a string up in a map or build a string in their loops. Large
 * models outgrow the processor's caches, and string-keyed maps are where that hurts most (issue 15).
 */
import type { Behaviour, Kpi, ModelDocument, Process, Role, System } from "@/lib/model/model-schema";
import { type KeyList, resolveKeys } from "./resolve-keys";

type Stage = ModelDocument["stages"][number];
import type { Subject } from "./finding";

export type InfluenceSource =
  { kind: "kpi"; item: Kpi } | { kind: "process"; item: Process } | { kind: "system"; item: System };

export type ModelIndex = {
  model: ModelDocument;
  /** Sources in a fixed order: KPIs, then processes, then systems. KPI k is source k. */
  sources: InfluenceSource[];
  kpiCount: number;
  /** Influence i goes from sources[influenceSource[i]]; -1 when it names nothing in the model. */
  influenceSource: Int32Array;
  influenceObstructs: Uint8Array;
  /**
   * Influences on behaviour b are byBehaviour[rowStart[b] … rowStart[b + 1]), in model order; rowSource
   * and rowObstructs hold their sources and effects in the same order, so walking a behaviour's influences
   * reads contiguous memory instead of jumping around the influence list.
   */
  rowStart: Int32Array;
  byBehaviour: Int32Array;
  rowSource: Int32Array;
  rowObstructs: Uint8Array;
  /** Per behaviour: 1 if something supports / obstructs it. */
  supported: Uint8Array;
  obstructed: Uint8Array;
  /** Indices of approved behaviours, in model order. */
  approved: Int32Array;
  /** Per source: 1 if it influences some behaviour (of any status). */
  sourceUsed: Uint8Array;

  /**
   * Roles by number: the model's roles first (a key listed twice keeps its first number), then any key
   * a behaviour or a KPI names that is not a role (an unvalidated model), so equal keys are equal numbers.
   */
  roleNumber: Map<string, number>;
  /** The role a number stands for (the last listed with that key, as a map by key would give); none for a key that is not a role. */
  roleAt: (Role | undefined)[];
  /** Per behaviour: its role's number. */
  behaviourRole: Int32Array;
  /** Stages by number, the same way (model's stages first, then unknown keys behaviours or touchpoints name). */
  stageNumber: Map<string, number>;
  stageAt: (Stage | undefined)[];
  behaviourStage: Int32Array;
  /** KPI key → number (the last listed with that key). */
  kpiNumber: Map<string, number>;
  /** The roles KPI k measures: kpiRoles[kpiRoleStart[k] … kpiRoleStart[k + 1]), ascending, each once. */
  kpiRoleStart: Int32Array;
  kpiRoles: Int32Array;
  /** The KPIs measuring role r, in the model's order: roleKpis[roleKpiStart[r] … roleKpiStart[r + 1]). */
  roleKpiStart: Int32Array;
  roleKpis: Int32Array;

  /** Subjects are shared between findings: one object per thing named, made when first needed. */
  subjectCache: { behaviour: (Subject | undefined)[]; source: (Subject | undefined)[]; role: (Subject | undefined)[] };
};

/** Numbers keys in order; a key seen again keeps its first number. */
function numberKeys(keys: readonly { key: string }[]): Map<string, number> {
  const numbers = new Map<string, number>();
  for (let i = 0; i < keys.length; i++) if (!numbers.has(keys[i]!.key)) numbers.set(keys[i]!.key, numbers.size);
  return numbers;
}

/** The number of `key`, giving an unknown key the next free number. */
function intern(numbers: Map<string, number>, key: string): number {
  let n = numbers.get(key);
  if (n === undefined) numbers.set(key, (n = numbers.size));
  return n;
}

/** Compressed rows from a list of (row, value) pairs, keeping the pairs' order within a row. */
function compressedRows(rows: number, pairRow: Int32Array, pairValue: Int32Array, count: number) {
  const start = new Int32Array(rows + 1);
  for (let p = 0; p < count; p++) start[pairRow[p]! + 1]!++;
  for (let r = 0; r < rows; r++) start[r + 1]! += start[r]!;
  const values = new Int32Array(count);
  const fill = start.slice(0, rows);
  for (let p = 0; p < count; p++) values[fill[pairRow[p]!]!++] = pairValue[p]!;
  return { start, values };
}

const SOURCE_PREFIX: Record<InfluenceSource["kind"], string> = { kpi: "kpi:", process: "process:", system: "system:" };

/** The things an influence can come from, in a fixed order: KPIs, then processes, then systems (KPI k is source k). */
export function listSources(model: ModelDocument): InfluenceSource[] {
  const sources: InfluenceSource[] = [];
  for (const item of model.kpis) sources.push({ kind: "kpi", item });
  for (const item of model.processes) sources.push({ kind: "process", item });
  for (const item of model.systems) sources.push({ kind: "system", item });
  return sources;
}

/** Sources as influences name them ("kpi:<key>", "process:<key>", "system:<key>"), for resolveKeys. */
export const sourceKeys = (sources: InfluenceSource[]): KeyList => ({
  count: sources.length,
  keyAt: (s) => sources[s]!.item.key,
  prefixAt: (s) => SOURCE_PREFIX[sources[s]!.kind],
});

export function indexModel(model: ModelDocument): ModelIndex {
  const { behaviours, influences, kpis } = model;
  const kpiCount = kpis.length;
  const sources = listSources(model);
  const count = influences.length;
  // Influences name their source as "<kind>:<key>" and their behaviour by key.
  const influenceSource = resolveKeys(sourceKeys(sources), count, (i) => influences[i]!.from);
  const influenceBehaviour = resolveKeys(
    { count: behaviours.length, keyAt: (b) => behaviours[b]!.key },
    count,
    (i) => influences[i]!.to,
  );
  const influenceObstructs = new Uint8Array(count);
  const rowStart = new Int32Array(behaviours.length + 1);
  const supported = new Uint8Array(behaviours.length);
  const obstructed = new Uint8Array(behaviours.length);
  const sourceUsed = new Uint8Array(sources.length);
  for (let i = 0; i < count; i++) {
    // A validated model has no dangling references; an unvalidated one must not crash the analysis.
    const source = influenceSource[i]!;
    const behaviour = influenceBehaviour[i]!;
    if (source < 0 || behaviour < 0) continue;
    const obstructs = influences[i]!.effect === "obstructs";
    influenceObstructs[i] = obstructs ? 1 : 0;
    if (obstructs) obstructed[behaviour] = 1;
    else supported[behaviour] = 1;
    sourceUsed[source] = 1;
    rowStart[behaviour + 1]!++;
  }
  for (let b = 0; b < behaviours.length; b++) rowStart[b + 1]! += rowStart[b]!;
  const byBehaviour = new Int32Array(rowStart[behaviours.length]!);
  const rowSource = new Int32Array(byBehaviour.length);
  const rowObstructs = new Uint8Array(byBehaviour.length);
  const fill = rowStart.slice(0, behaviours.length);
  for (let i = 0; i < count; i++) {
    const behaviour = influenceBehaviour[i]!;
    if (behaviour < 0 || influenceSource[i]! < 0) continue;
    const r = fill[behaviour]!++;
    byBehaviour[r] = i;
    rowSource[r] = influenceSource[i]!;
    rowObstructs[r] = influenceObstructs[i]!;
  }
  let approvedCount = 0;
  for (let b = 0; b < behaviours.length; b++) if (behaviours[b]!.status === "approved") approvedCount++;
  const approved = new Int32Array(approvedCount);
  for (let b = 0, a = 0; b < behaviours.length; b++) if (behaviours[b]!.status === "approved") approved[a++] = b;

  // Roles and stages by number; keys that name nothing get numbers of their own.
  const roleNumber = numberKeys(model.roles);
  const stageNumber = numberKeys(model.stages);
  const behaviourRole = new Int32Array(behaviours.length);
  const behaviourStage = new Int32Array(behaviours.length);
  // Roles resolved in one pass as influences are (a role's number is that of the first listed with its key);
  // only a key naming no role (an unvalidated model) is numbered one at a time, in the behaviours' order.
  const roleNumberAt = Int32Array.from(model.roles, (role) => roleNumber.get(role.key)!);
  const rolePosition = resolveKeys(
    { count: model.roles.length, keyAt: (r) => model.roles[r]!.key },
    behaviours.length,
    (b) => behaviours[b]!.role,
  );
  for (let b = 0; b < behaviours.length; b++) {
    const position = rolePosition[b]!;
    behaviourRole[b] = position >= 0 ? roleNumberAt[position]! : intern(roleNumber, behaviours[b]!.role);
    behaviourStage[b] = intern(stageNumber, behaviours[b]!.stage);
  }
  const kpiNumber = new Map<string, number>();
  let measures = 0;
  for (let k = 0; k < kpiCount; k++) {
    kpiNumber.set(kpis[k]!.key, k);
    measures += kpis[k]!.measuredRoles?.length ?? 0;
  }
  const pairKpi = new Int32Array(measures);
  const pairRole = new Int32Array(measures);
  let pairs = 0;
  for (let k = 0; k < kpiCount; k++) {
    const roles = kpis[k]!.measuredRoles;
    if (!roles) continue;
    const first = pairs;
    for (const key of roles) {
      pairKpi[pairs] = k;
      pairRole[pairs++] = intern(roleNumber, key);
    }
    // Each KPI's roles ascending and each once, so whether it measures a role is a binary search.
    const length = pairs - first;
    if (length === 2) {
      const a = pairRole[first]!;
      const b = pairRole[first + 1]!;
      if (a === b) pairs--;
      else if (a > b) {
        pairRole[first] = b;
        pairRole[first + 1] = a;
      }
    } else if (length > 2) {
      const row = pairRole.subarray(first, pairs);
      row.sort();
      let kept = 1;
      for (let j = 1; j < length; j++) if (row[j] !== row[kept - 1]) row[kept++] = row[j]!;
      pairs = first + kept;
    }
  }
  const roleCount = roleNumber.size;
  const kpiRows = compressedRows(kpiCount, pairKpi, pairRole, pairs);
  const roleRows = compressedRows(roleCount, pairRole, pairKpi, pairs);

  const roleAt: (Role | undefined)[] = new Array<Role | undefined>(roleCount).fill(undefined);
  for (const role of model.roles) roleAt[roleNumber.get(role.key)!] = role;
  const stageAt: (Stage | undefined)[] = new Array<Stage | undefined>(stageNumber.size).fill(undefined);
  for (const stage of model.stages) stageAt[stageNumber.get(stage.key)!] = stage;

  return {
    model,
    sources,
    kpiCount,
    influenceSource,
    influenceObstructs,
    rowStart,
    byBehaviour,
    rowSource,
    rowObstructs,
    supported,
    obstructed,
    approved,
    sourceUsed,
    roleNumber,
    roleAt,
    behaviourRole,
    stageNumber,
    stageAt,
    behaviourStage,
    kpiNumber,
    kpiRoleStart: kpiRows.start,
    kpiRoles: kpiRows.values,
    roleKpiStart: roleRows.start,
    roleKpis: roleRows.values,
    subjectCache: { behaviour: [], source: [], role: [] },
  };
}

/** Whether KPI k measures role r (a binary search of k's sorted row). */
export function kpiMeasures(index: ModelIndex, k: number, r: number): boolean {
  let low = index.kpiRoleStart[k]!;
  let high = index.kpiRoleStart[k + 1]!;
  while (low < high) {
    const middle = (low + high) >>> 1;
    const role = index.kpiRoles[middle]!;
    if (role === r) return true;
    if (role < r) low = middle + 1;
    else high = middle;
  }
  return false;
}

/** The role behaviour b belongs to; none when its key names no role. */
export function roleOfBehaviour(index: ModelIndex, b: number): Role | undefined {
  return index.roleAt[index.behaviourRole[b]!];
}

/** The role with this key, as a map by key would give it. */
export function roleByKey(index: ModelIndex, key: string): Role | undefined {
  const r = index.roleNumber.get(key);
  return r === undefined ? undefined : index.roleAt[r];
}

export function behaviourSubject(index: ModelIndex, b: number): Subject {
  return (index.subjectCache.behaviour[b] ??= { kind: "behaviour", key: index.model.behaviours[b]!.key });
}

export function sourceSubject(index: ModelIndex, s: number): Subject {
  const source = index.sources[s]!;
  return (index.subjectCache.source[s] ??= { kind: source.kind, key: source.item.key });
}

/** KPI k is source k. */
export const kpiSubject = sourceSubject;

export function roleSubject(index: ModelIndex, r: number, key: string): Subject {
  return (index.subjectCache.role[r] ??= { kind: "role", key });
}

/** Calls `visit` for each (approved behaviour, KPI obstructing it, influence), the walk F1 and F3 share. */
export function forEachObstructingKpi(
  index: ModelIndex,
  visit: (b: number, k: number, influence: number) => void,
): void {
  for (const b of index.approved) {
    if (!index.obstructed[b]) continue;
    for (let r = index.rowStart[b]!; r < index.rowStart[b + 1]!; r++) {
      const source = index.rowSource[r]!;
      if (index.rowObstructs[r] && source < index.kpiCount) visit(b, source, index.byBehaviour[r]!);
    }
  }
}

/** One frozen object per combination of facts, shared by the findings that have them. */
export function sharedFacts<T extends Record<string, boolean>>(make: (bits: number) => T, size: number): T[] {
  return Array.from({ length: size }, (_, bits) => Object.freeze(make(bits)));
}

/** Per KPI: 1 if it obstructs at least one approved behaviour. */
export function kpisObstructingApproved(index: ModelIndex): Uint8Array {
  const obstructing = new Uint8Array(index.kpiCount);
  forEachObstructingKpi(index, (_b, k) => (obstructing[k] = 1));
  return obstructing;
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
