/**
 * The roles × stages matrix (DESIGN §5): for each cell whether the role touches the stage, how many
 * behaviours it has by status, and how many approved ones are aligned. Cells with a touchpoint and no
 * approved behaviour are blind spots (F7).
 */
import { classifyBehaviour, indexModel } from "./model-index";
import { BEHAVIOUR_STATUSES, type BehaviourStatus, type ModelDocument } from "@/lib/model/model-schema";
import { DepartmentTree } from "@/lib/access/department-tree";

export type MatrixCell = {
  stage: string;
  touches: boolean;
  byStatus: Record<BehaviourStatus, number>;
  aligned: number;
  /** 100 × aligned / approved, one decimal; null without approved behaviours. */
  alignment: number | null;
  blindSpot: boolean;
};

export type MatrixRow = {
  role: string;
  name: string;
  department: string;
  departmentName: string;
  customerFacing: boolean;
  cells: MatrixCell[];
};
export type Matrix = { stages: { key: string; name: string }[]; rows: MatrixRow[] };

export function buildMatrix(model: ModelDocument, filter: { department?: string } = {}): Matrix {
  const index = indexModel(model);
  const departmentName = new Map(model.departments.map((d) => [d.key, d.name]));
  const tree = new DepartmentTree(model.departments);
  const inDepartment = (department: string) => !filter.department || tree.isWithin(department, filter.department);
  const touches = new Set(model.touchpoints.map((t) => `${t.role}\u0000${t.stage}`));
  const cells = new Map<string, { byStatus: Record<BehaviourStatus, number>; aligned: number }>();
  model.behaviours.forEach((behaviour, b) => {
    const id = `${behaviour.role}\u0000${behaviour.stage}`;
    const cell = cells.get(id) ?? {
      byStatus: Object.fromEntries(BEHAVIOUR_STATUSES.map((s) => [s, 0])) as Record<BehaviourStatus, number>,
      aligned: 0,
    };
    cell.byStatus[behaviour.status]++;
    if (behaviour.status === "approved" && classifyBehaviour(index, b) === "aligned") cell.aligned++;
    cells.set(id, cell);
  });
  const rows = model.roles
    .filter((role) => inDepartment(role.department))
    .sort(
      (a, b) =>
        (departmentName.get(a.department) ?? "").localeCompare(departmentName.get(b.department) ?? "") ||
        a.name.localeCompare(b.name),
    )
    .map((role) => ({
      role: role.key,
      name: role.name,
      department: role.department,
      departmentName: departmentName.get(role.department) ?? role.department,
      customerFacing: role.customerFacing,
      cells: model.stages.map((stage) => {
        const id = `${role.key}\u0000${stage.key}`;
        const counts = cells.get(id);
        const approved = counts?.byStatus.approved ?? 0;
        const touched = touches.has(id);
        return {
          stage: stage.key,
          touches: touched,
          byStatus:
            counts?.byStatus ??
            (Object.fromEntries(BEHAVIOUR_STATUSES.map((s) => [s, 0])) as Record<BehaviourStatus, number>),
          aligned: counts?.aligned ?? 0,
          alignment: approved ? Math.round((1000 * (counts?.aligned ?? 0)) / approved) / 10 : null,
          blindSpot: touched && approved === 0,
        };
      }),
    }));
  return { stages: model.stages.map((s) => ({ key: s.key, name: s.name })), rows };
}
