/** Departments: add, rename, move under another (never inside itself) and remove when empty. */
import { DepartmentTree } from "@/lib/access/department-tree";
import { ConflictError, ValidationError } from "@/lib/errors";
import { uniqueKey } from "@/lib/model/rules/unique-key";
import { count, listInWords } from "@/lib/text/plural";
import type { EditOperation } from "./edit-outcome";
import { refuseTakenName } from "./same-name";

export const addDepartment: EditOperation<"addDepartment"> = async (tx, access, edit) => {
  const organisationId = access.organisation.id;
  const departments = await tx.department.findMany({
    where: { organisationId },
    select: { id: true, key: true, name: true },
  });
  refuseTakenName(departments, edit.name, "a department");
  const parent = edit.parent ? departments.find((d) => d.key === edit.parent) : undefined;
  if (edit.parent && !parent) throw new ValidationError("parent", `No department with key "${edit.parent}".`);
  const key = uniqueKey(
    edit.name,
    departments.map((d) => d.key),
  );
  const department = await tx.department.create({
    data: { organisationId, key, name: edit.name, parentId: parent?.id ?? null },
  });
  return {
    result: { key },
    audit: {
      summary: `Added the department “${edit.name}”`,
      subjectType: "department",
      subjectId: department.id,
      after: { key, name: edit.name, parent: edit.parent ?? null },
    },
  };
};

export const renameDepartment: EditOperation<"renameDepartment"> = async (tx, access, edit) => {
  const organisationId = access.organisation.id;
  const department = await tx.department.findFirst({ where: { organisationId, key: edit.key } });
  if (!department) throw new ValidationError("key", `No department with key "${edit.key}".`);
  const departments = await tx.department.findMany({ where: { organisationId }, select: { id: true, name: true } });
  refuseTakenName(departments, edit.name, "a department", department.id);
  await tx.department.update({ where: { id: department.id }, data: { name: edit.name } });
  return {
    result: { key: edit.key },
    audit: {
      summary: `Renamed the department “${department.name}” to “${edit.name}”`,
      subjectType: "department",
      subjectId: department.id,
      before: { name: department.name },
      after: { name: edit.name },
    },
  };
};

export const moveDepartment: EditOperation<"moveDepartment"> = async (tx, access, edit) => {
  const departments = await tx.department.findMany({
    where: { organisationId: access.organisation.id },
    select: { id: true, key: true, name: true, parentId: true },
  });
  const department = departments.find((d) => d.key === edit.key);
  if (!department) throw new ValidationError("key", `No department with key "${edit.key}".`);
  const parent = edit.parent === null ? null : departments.find((d) => d.key === edit.parent);
  if (parent === undefined) throw new ValidationError("parent", `No department with key "${edit.parent}".`);
  const before = departments.find((d) => d.id === department.parentId);
  // The same walk the model file's check uses: with the new parent, would the department sit inside itself?
  const tree = new DepartmentTree(
    departments.map((d) => ({ key: d.id, parent: d.id === department.id ? (parent?.id ?? null) : d.parentId })),
  );
  if (parent && tree.isOwnAncestor(department.id))
    throw new ValidationError(
      "parent",
      parent.id === department.id
        ? `“${department.name}” cannot go inside itself.`
        : `“${department.name}” cannot go inside “${parent.name}”, because “${parent.name}” is already inside “${department.name}”.`,
    );
  await tx.department.update({ where: { id: department.id }, data: { parentId: parent?.id ?? null } });
  return {
    result: { key: department.key },
    audit: {
      summary: parent
        ? `Moved the department “${department.name}” into “${parent.name}”`
        : `Moved the department “${department.name}” to the top level`,
      subjectType: "department",
      subjectId: department.id,
      before: { parent: before?.key ?? null },
      after: { parent: parent?.key ?? null },
    },
  };
};

export const removeDepartment: EditOperation<"removeDepartment"> = async (tx, access, edit) => {
  const department = await tx.department.findFirst({
    where: { organisationId: access.organisation.id, key: edit.key },
    include: { _count: { select: { roles: true, kpis: true, processes: true, children: true } } },
  });
  if (!department) throw new ValidationError("key", `No department with key "${edit.key}".`);
  const { roles, kpis, processes, children } = department._count;
  if (roles + kpis + processes + children > 0) {
    throw new ConflictError(
      `“${department.name}” still holds ${listInWords(
        [
          roles && count(roles, "role"),
          kpis && count(kpis, "KPI"),
          processes && count(processes, "process", "processes"),
          children && count(children, "sub-department"),
        ].filter((part) => typeof part === "string"),
      )}. Move or remove these first.`,
      "key",
    );
  }
  await tx.department.delete({ where: { id: department.id } });
  return {
    result: {},
    audit: {
      summary: `Removed the department “${department.name}”`,
      subjectType: "department",
      subjectId: department.id,
      before: { key: department.key, name: department.name },
    },
  };
};
