import { can } from "@/lib/access/permissions";
import { storedDepartments } from "@/lib/access/department-scope";
import type { DepartmentTree } from "@/lib/access/department-tree";
import type { DbTx } from "@/lib/db/types";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import type { OrgAccess } from "@/lib/access/org-access";

export type BehaviourPowers = { editor: boolean; approver: boolean };

/** What the acting member may do with the behaviours of a role in this department, as the permission matrix says. */
export async function powersOverRole(tx: DbTx, access: OrgAccess, departmentId: string): Promise<BehaviourPowers> {
  const { tree } = await storedDepartments(tx, access.organisation.id);
  return powersInTree(access, tree, departmentId);
}

/** The same, with the department tree already loaded (by department id). */
export function powersInTree(access: OrgAccess, tree: DepartmentTree, departmentId: string): BehaviourPowers {
  return {
    editor: can(access.membership, "model:edit-department", { department: departmentId, tree }),
    approver: can(access.membership, "behaviours:approve"),
  };
}

export function assertEditor(powers: BehaviourPowers): void {
  if (!powers.editor) throw new ForbiddenError("You can edit the behaviours of your own departments' roles only.");
}

/** A behaviour of this organisation by key, with what the editor needs; another organisation's is "not found". */
export async function findBehaviourOrThrow(tx: DbTx, organisationId: string, key: string) {
  const behaviour = await tx.behaviour.findFirst({
    where: { organisationId, key },
    include: { role: true, stage: true, objectives: { include: { objective: true } } },
  });
  if (!behaviour) throw new NotFoundError("Behaviour");
  return behaviour;
}
