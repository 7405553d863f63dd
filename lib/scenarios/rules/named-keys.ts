/**
 * What a scenario's edits name, by kind: the model's KPIs, processes, systems and behaviours the editor must
 * be able to say in words. A KPI the scenario itself adds is named too (its counters among the model's, and
 * its owning department).
 */
import type { ScenarioEdit } from "./scenario-schema";

export type NamedKeys = {
  kpis: Set<string>;
  processes: Set<string>;
  systems: Set<string>;
  behaviours: Set<string>;
  departments: Set<string>;
};

export function namedKeys(edits: readonly ScenarioEdit[]): NamedKeys {
  const named: NamedKeys = {
    kpis: new Set(),
    processes: new Set(),
    systems: new Set(),
    behaviours: new Set(),
    departments: new Set(),
  };
  const source = (ref: string) => {
    const [kind, key = ""] = ref.split(":", 2) as [string, string];
    (kind === "kpi" ? named.kpis : kind === "process" ? named.processes : named.systems).add(key);
  };
  for (const edit of edits) {
    switch (edit.edit) {
      case "dropPayLink":
      case "addPayLink":
      case "removeKpi":
        named.kpis.add(edit.kpi);
        break;
      case "addKpi":
        for (const counter of edit.kpi.counters ?? []) named.kpis.add(counter);
        named.departments.add(edit.kpi.department);
        break;
      case "addCounter":
      case "removeCounter":
        named.kpis.add(edit.kpi).add(edit.counter);
        break;
      case "setInfluence":
      case "removeInfluence":
        source(edit.from);
        named.behaviours.add(edit.to);
        break;
      case "setKpiLink":
      case "removeKpiLink":
        named.kpis.add(edit.from).add(edit.to);
        break;
    }
  }
  return named;
}
