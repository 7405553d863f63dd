/**
 * Alignment index (DESIGN §4.2): 100 × aligned / approved behaviours in a scope, one decimal; null when
 * the scope has no approved behaviour. A department's scope includes its sub-departments' roles.
 */
import { classifyBehaviour, type ModelIndex } from "./model-index";
import { DepartmentTree } from "@/lib/access/department-tree";

export type AlignmentIndex = {
  organisation: number | null;
  departments: Record<string, number | null>;
  roles: Record<string, number | null>;
  stages: Record<string, number | null>;
};

type Tally = { aligned: number; approved: number };

const toIndex = (tally: Tally | undefined): number | null =>
  tally && tally.approved > 0 ? Math.round((1000 * tally.aligned) / tally.approved) / 10 : null;

export function computeAlignment(index: ModelIndex): AlignmentIndex {
  const { model } = index;
  const tree = new DepartmentTree(model.departments);
  const byDepartment = new Map<string, Tally>();
  const byRole = new Map<string, Tally>();
  const byStage = new Map<string, Tally>();
  const total: Tally = { aligned: 0, approved: 0 };
  const count = (map: Map<string, Tally>, key: string, aligned: boolean) => {
    const tally = map.get(key) ?? { aligned: 0, approved: 0 };
    tally.approved++;
    if (aligned) tally.aligned++;
    map.set(key, tally);
  };
  // A role's department and all its ancestors, computed once per role.
  const ancestry = new Map<string, string[]>();
  const departmentsOf = (roleKey: string): string[] => {
    let chain = ancestry.get(roleKey);
    if (!chain) {
      const department = index.roles.get(roleKey)?.department;
      ancestry.set(roleKey, (chain = department === undefined ? [] : tree.lineage(department)));
    }
    return chain;
  };

  for (const b of index.approved) {
    const behaviour = model.behaviours[b]!;
    const aligned = classifyBehaviour(index, b) === "aligned";
    total.approved++;
    if (aligned) total.aligned++;
    count(byRole, behaviour.role, aligned);
    count(byStage, behaviour.stage, aligned);
    for (const department of departmentsOf(behaviour.role)) count(byDepartment, department, aligned);
  }
  const scope = (keys: { key: string }[], tallies: Map<string, Tally>) =>
    Object.fromEntries(keys.map(({ key }) => [key, toIndex(tallies.get(key))]));
  return {
    organisation: toIndex(total),
    departments: scope(model.departments, byDepartment),
    roles: scope(model.roles, byRole),
    stages: scope(model.stages, byStage),
  };
}
