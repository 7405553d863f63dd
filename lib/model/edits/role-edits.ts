/**
 * Roles: add, rename, remove (only without behaviours) and change their department, headcount and kind. Department
 * heads may make that last change for the departments they lead, and move roles only between those.
 */
import { departmentChecker } from "@/lib/access/department-scope";
import type { DbTx } from "@/lib/db/types";
import { ConflictError, ForbiddenError, ValidationError } from "@/lib/errors";
import { uniqueKey } from "@/lib/model/rules/unique-key";
import { count } from "@/lib/text/plural";
import type { EditOperation } from "./edit-outcome";
import { namedLike, refuseTakenName } from "./same-name";

async function rolesOf(tx: DbTx, departmentId: string) {
  return tx.role.findMany({ where: { departmentId }, select: { id: true, name: true } });
}

export const addRole: EditOperation<"addRole"> = async (tx, access, edit) => {
  const organisationId = access.organisation.id;
  const department = await tx.department.findFirst({ where: { organisationId, key: edit.department } });
  if (!department) throw new ValidationError("department", `No department with key "${edit.department}".`);
  refuseTakenName(await rolesOf(tx, department.id), edit.name, `a role in ${department.name}`);
  const key = uniqueKey(
    edit.name,
    (await tx.role.findMany({ where: { organisationId }, select: { key: true } })).map((r) => r.key),
  );
  const role = await tx.role.create({
    data: {
      organisationId,
      key,
      name: edit.name,
      departmentId: department.id,
      customerFacing: edit.customerFacing,
      headcount: edit.headcount ?? null,
    },
  });
  return {
    result: { key },
    audit: {
      summary: `Added the role “${edit.name}” to ${department.name}`,
      subjectType: "role",
      subjectId: role.id,
      after: {
        key,
        name: edit.name,
        department: department.key,
        customerFacing: edit.customerFacing,
        headcount: edit.headcount ?? null,
      },
    },
  };
};

export const renameRole: EditOperation<"renameRole"> = async (tx, access, edit) => {
  const role = await tx.role.findFirst({
    where: { organisationId: access.organisation.id, key: edit.key },
    include: { department: true },
  });
  if (!role) throw new ValidationError("key", `No role with key "${edit.key}".`);
  // A head names the roles of the departments they lead, as they move them: the key (and so every link and
  // file) stays, and the rename is in the audit log.
  if (!(await departmentChecker(tx, access, "model:edit-department"))(role.departmentId))
    throw new ForbiddenError(
      `You can rename only the roles of departments you lead; ${role.name} is in ${role.department.name}.`,
    );
  refuseTakenName(await rolesOf(tx, role.departmentId), edit.name, `a role in ${role.department.name}`, role.id);
  await tx.role.update({ where: { id: role.id }, data: { name: edit.name } });
  return {
    result: { key: edit.key },
    audit: {
      summary: `Renamed the role “${role.name}” to “${edit.name}”`,
      subjectType: "role",
      subjectId: role.id,
      before: { name: role.name },
      after: { name: edit.name },
    },
  };
};

export const removeRole: EditOperation<"removeRole"> = async (tx, access, edit) => {
  const role = await tx.role.findFirst({
    where: { organisationId: access.organisation.id, key: edit.key },
    include: { _count: { select: { behaviours: true } } },
  });
  if (!role) throw new ValidationError("key", `No role with key "${edit.key}".`);
  // Behaviours carry versions and approvals: they are retired, not deleted along with a role.
  if (role._count.behaviours > 0)
    throw new ConflictError(
      `“${role.name}” has ${count(role._count.behaviours, "behaviour")}. A role with behaviours cannot be removed; retire its behaviours and keep the role, or re-import the model.`,
      "key",
    );
  await tx.role.delete({ where: { id: role.id } });
  return {
    result: {},
    audit: {
      summary: `Removed the role “${role.name}”`,
      subjectType: "role",
      subjectId: role.id,
      before: { key: role.key, name: role.name, customerFacing: role.customerFacing },
    },
  };
};

/**
 * A role's department, headcount and kind. Its behaviours, touchpoints and influences hang on the role, not
 * on its department, so they move with it.
 */
export const updateRole: EditOperation<"updateRole"> = async (tx, access, edit) => {
  const organisationId = access.organisation.id;
  const role = await tx.role.findFirst({ where: { organisationId, key: edit.key }, include: { department: true } });
  if (!role) throw new ValidationError("key", `No role with key "${edit.key}".`);
  const target = edit.department
    ? await tx.department.findFirst({ where: { organisationId, key: edit.department } })
    : role.department;
  if (!target) throw new ValidationError("department", `No department with key "${edit.department}".`);
  const mayEdit = await departmentChecker(tx, access, "model:edit-department");
  if (!mayEdit(role.departmentId))
    throw new ForbiddenError(
      `You can change only the roles of departments you lead; ${role.name} is in ${role.department.name}.`,
    );
  if (!mayEdit(target.id))
    throw new ForbiddenError(
      `You can move a role only into a department you lead, and you do not lead ${target.name}.`,
    );
  const moving = target.id !== role.departmentId;
  if (moving && namedLike(await rolesOf(tx, target.id), role.name))
    throw new ConflictError(`${target.name} already has a role named "${role.name}".`, "department");
  const headcount = edit.headcount === undefined ? role.headcount : edit.headcount;
  const customerFacing = edit.customerFacing ?? role.customerFacing;
  await tx.role.update({ where: { id: role.id }, data: { departmentId: target.id, headcount, customerFacing } });
  const changes = [
    moving && `moved from ${role.department.name} to ${target.name}`,
    headcount !== role.headcount &&
      (headcount === null ? "headcount no longer given" : `headcount ${role.headcount ?? "not given"} → ${headcount}`),
    customerFacing !== role.customerFacing && (customerFacing ? "now customer-facing" : "now back-office"),
  ].filter((part) => typeof part === "string");
  return {
    result: { key: role.key },
    audit: {
      summary: changes.length
        ? `The role “${role.name}”: ${changes.join("; ")}`
        : `Kept the role “${role.name}” as it was`,
      subjectType: "role",
      subjectId: role.id,
      before: { department: role.department.key, headcount: role.headcount, customerFacing: role.customerFacing },
      after: { department: target.key, headcount, customerFacing },
    },
  };
};
