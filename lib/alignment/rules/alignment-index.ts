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

const toIndex = (aligned: number, approved: number): number | null =>
  approved > 0 ? Math.round((1000 * aligned) / approved) / 10 : null;

export function computeAlignment(index: ModelIndex): AlignmentIndex {
  const { model } = index;
  const tree = new DepartmentTree(model.departments);
  // Tallies by number: roles and stages as the index numbers them, departments in the model's order.
  const departmentNumber = new Map<string, number>();
  for (const { key } of model.departments)
    if (!departmentNumber.has(key)) departmentNumber.set(key, departmentNumber.size);
  const tally = (size: number) => ({ aligned: new Int32Array(size), approved: new Int32Array(size) });
  const byRole = tally(index.roleNumber.size);
  const byStage = tally(index.stageNumber.size);
  const byDepartment = tally(departmentNumber.size);
  // A role's department and all its ancestors, computed once per role (as numbers; a key that is not a
  // department of the model has none, as it would appear in no scope).
  const ancestry: (Int32Array | undefined)[] = [];
  const departmentsOf = (role: number): Int32Array =>
    (ancestry[role] ??= Int32Array.from(
      (index.roleAt[role] ? tree.lineage(index.roleAt[role].department) : [])
        .map((key) => departmentNumber.get(key) ?? -1)
        .filter((d) => d >= 0),
    ));

  let aligned = 0;
  for (const b of index.approved) {
    const isAligned = classifyBehaviour(index, b) === "aligned" ? 1 : 0;
    aligned += isAligned;
    const role = index.behaviourRole[b]!;
    const stage = index.behaviourStage[b]!;
    byRole.approved[role]!++;
    byRole.aligned[role]! += isAligned;
    byStage.approved[stage]!++;
    byStage.aligned[stage]! += isAligned;
    for (const department of departmentsOf(role)) {
      byDepartment.approved[department]!++;
      byDepartment.aligned[department]! += isAligned;
    }
  }
  const scope = (
    keys: { key: string }[],
    numbers: Map<string, number>,
    tallies: { aligned: Int32Array; approved: Int32Array },
  ) =>
    Object.fromEntries(
      keys.map(({ key }) => {
        const n = numbers.get(key)!;
        return [key, toIndex(tallies.aligned[n]!, tallies.approved[n]!)];
      }),
    );
  return {
    organisation: toIndex(aligned, index.approved.length),
    departments: scope(model.departments, departmentNumber, byDepartment),
    roles: scope(model.roles, index.roleNumber, byRole),
    stages: scope(model.stages, index.stageNumber, byStage),
  };
}
