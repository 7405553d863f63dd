import { can } from "@/lib/access/permissions";
import { readModel } from "@/lib/model/export-model";
import type { ModelDocument } from "@/lib/model/model-schema";
import { assertCan, type OrgAccess } from "@/lib/access/org-access";
import { departmentPowers } from "./inventory-powers";

/** The model with what the acting member may edit in the inventory. */
export async function getInventory(
  access: OrgAccess,
): Promise<{ model: ModelDocument; editableDepartments: string[]; canEditSystems: boolean }> {
  assertCan(access, "organisation:read");
  const [model, mayEdit, departments] = await Promise.all([
    readModel(access.db, access.organisation.id, access.organisation.name),
    departmentPowers(access.db, access),
    access.db.department.findMany({
      where: { organisationId: access.organisation.id },
      select: { id: true, key: true },
    }),
  ]);
  return {
    model,
    editableDepartments: departments.filter((d) => mayEdit(d.id)).map((d) => d.key),
    canEditSystems: can(access.membership.role, "model:edit"),
  };
}
