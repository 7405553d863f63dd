/** The model's names by key, for saying a scenario's edits in words. */
import type { ModelDocument } from "@/lib/model/model-schema";
import type { ScenarioNames } from "./describe-edit";

export function namesOf(model: ModelDocument): ScenarioNames {
  return {
    kpis: new Map(model.kpis.map((k) => [k.key, k.name])),
    processes: new Map(model.processes.map((p) => [p.key, p.name])),
    systems: new Map(model.systems.map((s) => [s.key, s.name])),
    behaviours: new Map(model.behaviours.map((b) => [b.key, b.action])),
  };
}
