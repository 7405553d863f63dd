/**
 * Which departments a scenario's edit is about (its subjects: KPIs, processes, systems, behaviours), so a
 * department head may draft only edits inside their departments. An edit is in reach when any department
 * listed for it is (as for mapping an influence: the behaviour's or the source's department). Subjects the
 * model does not have add nothing here; whether the edit fits the model is checked apart.
 */
import type { ModelDocument } from "@/lib/model/model-schema";
import { parseInfluenceSource } from "@/lib/model/rules/references";
import type { ScenarioEdit } from "./scenario-schema";

export function editDepartments(model: ModelDocument, edits: readonly ScenarioEdit[]): string[][] {
  const kpiDepartment = new Map(model.kpis.map((kpi) => [kpi.key, kpi.department]));
  const processDepartment = new Map(model.processes.map((process) => [process.key, process.department]));
  const roleDepartment = new Map(model.roles.map((role) => [role.key, role.department]));
  const behaviourDepartment = new Map(model.behaviours.map((b) => [b.key, roleDepartment.get(b.role)]));
  const present = (...keys: (string | undefined)[]) => keys.filter((key): key is string => key !== undefined);
  const sourceDepartment = (ref: string) => {
    const { kind, key } = parseInfluenceSource(ref);
    // Systems belong to no department: only the behaviour's side can bring them in reach.
    return kind === "kpi" ? kpiDepartment.get(key) : kind === "process" ? processDepartment.get(key) : undefined;
  };
  return edits.map((edit) => {
    switch (edit.edit) {
      case "dropPayLink":
      case "addPayLink":
      case "removeKpi":
      case "addCounter":
      case "removeCounter":
        return present(kpiDepartment.get(edit.kpi));
      case "addKpi":
        // Later edits may name the new KPI: it counts in its own department from here on.
        kpiDepartment.set(edit.kpi.key, edit.kpi.department);
        return [edit.kpi.department];
      case "setInfluence":
      case "removeInfluence":
        return present(behaviourDepartment.get(edit.to), sourceDepartment(edit.from));
      case "setKpiLink":
      case "removeKpiLink":
        return present(kpiDepartment.get(edit.from));
    }
  });
}
