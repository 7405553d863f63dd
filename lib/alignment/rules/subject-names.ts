import type { Subject } from "./finding";
import type { ModelDocument } from "@/lib/model/model-schema";

/** Display names of a finding's subjects, looked up in the model. */
export function subjectNamer(model: ModelDocument): (subject: Subject) => string {
  const names = new Map<string, string>();
  for (const role of model.roles) names.set(`role:${role.key}`, role.name);
  for (const stage of model.stages) names.set(`stage:${stage.key}`, stage.name);
  for (const kpi of model.kpis) names.set(`kpi:${kpi.key}`, kpi.name);
  for (const process of model.processes) names.set(`process:${process.key}`, process.name);
  for (const system of model.systems) names.set(`system:${system.key}`, system.name);
  for (const behaviour of model.behaviours)
    names.set(
      `behaviour:${behaviour.key}`,
      behaviour.action.length > 70 ? `${behaviour.action.slice(0, 69)}…` : behaviour.action,
    );
  return (subject) => names.get(`${subject.kind}:${subject.key}`) ?? subject.key;
}
