import { can, canEditDepartment } from "@/lib/access/permissions";
import type { DbTx } from "@/lib/db/types";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import type { OrgAccess } from "@/lib/access/org-access";

export type BehaviourPowers = { editor: boolean; approver: boolean };

/** What the acting member may do with the behaviours of a role: edit (own departments) and approve. */
export async function powersOverRole(tx: DbTx, access: OrgAccess, departmentId: string): Promise<BehaviourPowers> {
  const departments = await tx.department.findMany({ where: { organisationId: access.organisation.id }, select: { id: true, parentId: true } });
  return {
    editor: can(access.membership.role, "model:edit-own-departments") && canEditDepartment(access.membership, departmentId, departments),
    approver: can(access.membership.role, "behaviours:approve"),
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
