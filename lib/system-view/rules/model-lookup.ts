/** Lookups over a model and the filters that the clustered view and the focus share. */
import { DepartmentTree } from "@/lib/access/department-tree";
import type { Behaviour, Influence, ModelDocument } from "@/lib/model/model-schema";
import { severityRank, type FindingMarks } from "./finding-marks";
import type { GraphFilter } from "./graph-types";

export type ModelLookup = {
  model: ModelDocument;
  tree: DepartmentTree;
  behaviours: Map<string, Behaviour>;
  roleName: Map<string, string>;
  roleDepartment: Map<string, string>;
  stageName: Map<string, string>;
  departmentName: Map<string, string>;
  /** "kpi:<key>" etc. → name and owning department (systems have none). */
  sources: Map<string, { name: string; department?: string }>;
  objectiveName: Map<string, string>;
  /** Influences by source id ("kpi:<key>") and by behaviour key, in the model's order. */
  influencesFrom: Map<string, Influence[]>;
  influencesOn: Map<string, Influence[]>;
};

export function lookUp(model: ModelDocument): ModelLookup {
  const sources = new Map<string, { name: string; department?: string }>();
  for (const k of model.kpis) sources.set(`kpi:${k.key}`, { name: k.name, department: k.department });
  for (const p of model.processes) sources.set(`process:${p.key}`, { name: p.name, department: p.department });
  for (const s of model.systems) sources.set(`system:${s.key}`, { name: s.name });
  const influencesFrom = new Map<string, Influence[]>();
  const influencesOn = new Map<string, Influence[]>();
  for (const influence of model.influences) {
    const from = influencesFrom.get(influence.from);
    if (from) from.push(influence);
    else influencesFrom.set(influence.from, [influence]);
    const on = influencesOn.get(influence.to);
    if (on) on.push(influence);
    else influencesOn.set(influence.to, [influence]);
  }
  return {
    influencesFrom,
    influencesOn,
    model,
    tree: new DepartmentTree(model.departments),
    behaviours: new Map(model.behaviours.map((b) => [b.key, b])),
    roleName: new Map(model.roles.map((r) => [r.key, r.name])),
    roleDepartment: new Map(model.roles.map((r) => [r.key, r.department])),
    stageName: new Map(model.stages.map((s) => [s.key, s.name])),
    departmentName: new Map(model.departments.map((d) => [d.key, d.name])),
    sources,
    objectiveName: new Map(model.objectives.map((o) => [o.key, o.name])),
  };
}

/** The filters as tests on a behaviour, an influence and a KPI link. */
export function filterTests(lookup: ModelLookup, marks: FindingMarks, filter: GraphFilter) {
  const { department, stage, severity } = filter;
  const least = severityRank(severity);
  const inDepartment = (key: string | undefined) =>
    department === undefined || (key !== undefined && lookup.tree.isWithin(key, department));
  const behaviourInDepartment = (b: Behaviour) => inDepartment(lookup.roleDepartment.get(b.role));
  const behaviourOk = (b: Behaviour) =>
    (stage === undefined || b.stage === stage) &&
    (severity === undefined || severityRank(marks.item("behaviour", b.key)?.severity) >= least);
  return {
    active: department !== undefined || stage !== undefined || severity !== undefined,
    /** An influence is kept when it reaches a kept behaviour, touches the department and carries the severity. */
    influence(influence: Influence, behaviour: Behaviour): boolean {
      if (stage !== undefined && behaviour.stage !== stage) return false;
      if (department !== undefined && !behaviourInDepartment(behaviour))
        if (!inDepartment(lookup.sources.get(influence.from)?.department)) return false;
      return severity === undefined || severityRank(marks.influence(influence.from, behaviour.key)?.severity) >= least;
    },
    /** A behaviour drawn on its own (not through an influence). */
    behaviour(b: Behaviour): boolean {
      return behaviourOk(b) && behaviourInDepartment(b);
    },
    link(from: string, to: string): boolean {
      if (department !== undefined)
        if (!inDepartment(lookup.sources.get(from)?.department) && !inDepartment(lookup.sources.get(to)?.department))
          return false;
      return severity === undefined || severityRank(marks.pair(from, to)?.severity) >= least;
    },
    item(id: string): boolean {
      return severity === undefined || severityRank(marks.items.get(id)?.severity) >= least;
    },
  };
}
