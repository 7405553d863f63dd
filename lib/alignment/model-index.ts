/**
 * Lookups over a model that every rule shares, built once per analysis in linear time so the whole
 * analysis stays near-linear in the size of the model.
 */
import type { Behaviour, Influence, Kpi, ModelDocument, Process, Role, System } from "@/lib/model/model-schema";

/** What an influence's `from` ("kpi:aht") names. */
export type InfluenceSource = { kind: "kpi"; item: Kpi } | { kind: "process"; item: Process } | { kind: "system"; item: System };

export type ModelIndex = {
  model: ModelDocument;
  roles: Map<string, Role>;
  kpis: Map<string, Kpi>;
  behaviours: Map<string, Behaviour>;
  approved: Behaviour[];
  /** `kpi:aht` → the KPI; looked up by the influence's own string, so no per-influence object is made. */
  sources: Map<string, InfluenceSource>;
  /** Influences on each behaviour, in model order. */
  influencesOn: Map<string, Influence[]>;
  /** Every source (`kpi:aht`) that influences some behaviour. */
  influencingSources: Set<string>;
  /** KPI key → roles it measures. */
  measuredRoles: Map<string, Set<string>>;
};

export function indexModel(model: ModelDocument): ModelIndex {
  const byKey = <T extends { key: string }>(items: readonly T[]) => new Map(items.map((item) => [item.key, item]));
  const sources = new Map<string, InfluenceSource>();
  for (const item of model.kpis) sources.set(`kpi:${item.key}`, { kind: "kpi", item });
  for (const item of model.processes) sources.set(`process:${item.key}`, { kind: "process", item });
  for (const item of model.systems) sources.set(`system:${item.key}`, { kind: "system", item });
  const influencesOn = new Map<string, Influence[]>();
  const influencingSources = new Set<string>();
  for (const influence of model.influences) {
    const list = influencesOn.get(influence.to);
    if (list) list.push(influence);
    else influencesOn.set(influence.to, [influence]);
    influencingSources.add(influence.from);
  }
  return {
    model,
    roles: byKey(model.roles),
    kpis: byKey(model.kpis),
    behaviours: byKey(model.behaviours),
    approved: model.behaviours.filter((b) => b.status === "approved"),
    sources,
    influencesOn,
    influencingSources,
    measuredRoles: new Map(model.kpis.map((kpi) => [kpi.key, new Set(kpi.measuredRoles ?? [])])),
  };
}

export type BehaviourAlignment = "aligned" | "conflicted" | "unsupported";

/** DESIGN §4.2: conflicted if anything obstructs; aligned if something supports; otherwise unsupported. */
export function classifyBehaviour(index: ModelIndex, behaviourKey: string): BehaviourAlignment {
  const influences = index.influencesOn.get(behaviourKey) ?? [];
  if (influences.some((i) => i.effect === "obstructs")) return "conflicted";
  return influences.some((i) => i.effect === "supports") ? "aligned" : "unsupported";
}
