/**
 * Applies one setup edit (add a stage, rename it, move it, add a department or role, set a touchpoint,
 * change a role's department, headcount or kind, move a department, add an objective, edit the lexicon) in a
 * transaction, with its audit event. Owners only, except that department heads may change the roles of the
 * departments they lead (and move them only between those).
 */
import { type AuditEntry, recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { DbTx } from "@/lib/db/types";
import { ConflictError, ForbiddenError, ValidationError } from "@/lib/errors";
import { DepartmentTree } from "@/lib/access/department-tree";
import { departmentChecker } from "@/lib/access/department-scope";
import { DEFAULT_EUPHEMISMS } from "@/lib/language/rules/language-rules";
import { assertCan, type OrgAccess } from "@/lib/access/org-access";
import { type ModelEdit, STAGE_TEMPLATE } from "@/lib/model/input";
import { uniqueKey } from "@/lib/model/rules/unique-key";
import { count, listInWords } from "@/lib/text/plural";
import { namedLike } from "./same-name";

type Audit = Omit<AuditEntry, "action">;

export async function applyModelEdit(access: OrgAccess, edit: ModelEdit): Promise<{ key?: string }> {
  assertCan(access, edit.op === "updateRole" ? "model:edit-department" : "model:edit");
  const organisationId = access.organisation.id;
  return access.db.$transaction(async (tx) => {
    // One edit of an organisation's model at a time: two people adding "Billing" at once, or moving two
    // departments under each other, would each pass their check against the other's unwritten change.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`model:${organisationId}`}))`;
    const { result, audit } =
      edit.op === "updateRole" ? await updateRole(tx, access, edit) : await apply(tx, organisationId, edit);
    await recordAuditEvent(tx, organisationId, access.actor, { action: `model.${edit.op}`, ...audit });
    return result;
  });
}

async function stageByKey(tx: DbTx, organisationId: string, key: string) {
  const stage = await tx.stage.findFirst({ where: { organisationId, key } });
  if (!stage) throw new ValidationError("key", `No stage with key "${key}".`);
  return stage;
}

/** Refuses a name another stage, department or role (of the same department) already has. */
function refuseTakenName(others: { id: string; name: string }[], name: string, what: string, exceptId?: string) {
  if (namedLike(others, name, exceptId))
    throw new ConflictError(`There is already ${what} named "${name.trim()}".`, "name");
}

async function refuseTakenStageName(tx: DbTx, organisationId: string, name: string, exceptId?: string) {
  const stages = await tx.stage.findMany({ where: { organisationId }, select: { id: true, name: true } });
  refuseTakenName(stages, name, "a stage", exceptId);
}

async function refuseTakenDepartmentName(tx: DbTx, organisationId: string, name: string, exceptId?: string) {
  const departments = await tx.department.findMany({ where: { organisationId }, select: { id: true, name: true } });
  refuseTakenName(departments, name, "a department", exceptId);
}

async function rolesOf(tx: DbTx, departmentId: string) {
  return tx.role.findMany({ where: { departmentId }, select: { id: true, name: true } });
}

type RoleUpdate = Extract<ModelEdit, { op: "updateRole" }>;

/**
 * A role's department, headcount and kind. Its behaviours, touchpoints and influences hang on the role, not
 * on its department, so they move with it.
 */
async function updateRole(
  tx: DbTx,
  access: OrgAccess,
  edit: RoleUpdate,
): Promise<{ result: { key?: string }; audit: Audit }> {
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
}

async function apply(
  tx: DbTx,
  organisationId: string,
  edit: Exclude<ModelEdit, RoleUpdate>,
): Promise<{ result: { key?: string }; audit: Audit }> {
  const where = { organisationId };
  switch (edit.op) {
    case "applyStageTemplate": {
      if (await tx.stage.count({ where }))
        throw new ConflictError("This organisation already has stages; rename or add them instead.");
      await tx.stage.createMany({
        data: STAGE_TEMPLATE.map((name, position) => ({ organisationId, key: uniqueKey(name, []), name, position })),
      });
      return {
        result: {},
        audit: {
          summary: `Set up the lifecycle stages from the template (${STAGE_TEMPLATE.join(", ")})`,
          subjectType: "stage",
          subjectId: organisationId,
          after: { stages: [...STAGE_TEMPLATE] },
        },
      };
    }
    case "addStage": {
      const stages = await tx.stage.findMany({ where, select: { id: true, key: true, name: true, position: true } });
      refuseTakenName(stages, edit.name, "a stage");
      const key = uniqueKey(
        edit.name,
        stages.map((s) => s.key),
      );
      const stage = await tx.stage.create({
        data: { organisationId, key, name: edit.name, position: Math.max(-1, ...stages.map((s) => s.position)) + 1 },
      });
      return {
        result: { key },
        audit: {
          summary: `Added the stage “${edit.name}”`,
          subjectType: "stage",
          subjectId: stage.id,
          after: { key, name: edit.name },
        },
      };
    }
    case "renameStage": {
      const stage = await stageByKey(tx, organisationId, edit.key);
      await refuseTakenStageName(tx, organisationId, edit.name, stage.id);
      await tx.stage.update({ where: { id: stage.id }, data: { name: edit.name } });
      return {
        result: { key: stage.key },
        audit: {
          summary: `Renamed the stage “${stage.name}” to “${edit.name}”`,
          subjectType: "stage",
          subjectId: stage.id,
          before: { name: stage.name },
          after: { name: edit.name },
        },
      };
    }
    case "moveStage": {
      const stages = await tx.stage.findMany({ where, orderBy: [{ position: "asc" }, { key: "asc" }] });
      const at = stages.findIndex((s) => s.key === edit.key);
      if (at < 0) throw new ValidationError("key", `No stage with key "${edit.key}".`);
      const to = edit.direction === "earlier" ? at - 1 : at + 1;
      if (to < 0 || to >= stages.length)
        return {
          result: { key: edit.key },
          audit: { summary: `Kept “${stages[at]!.name}” where it is`, subjectType: "stage", subjectId: stages[at]!.id },
        };
      const order = [...stages];
      [order[at], order[to]] = [order[to]!, order[at]!];
      for (const [position, stage] of order.entries())
        if (stage.position !== position) await tx.stage.update({ where: { id: stage.id }, data: { position } });
      return {
        result: { key: edit.key },
        audit: {
          summary: `Moved the stage “${stages[at]!.name}” ${edit.direction}`,
          subjectType: "stage",
          subjectId: stages[at]!.id,
          before: { order: stages.map((s) => s.name) },
          after: { order: order.map((s) => s.name) },
        },
      };
    }
    case "addDepartment": {
      const departments = await tx.department.findMany({ where, select: { id: true, key: true, name: true } });
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
    }
    case "addRole": {
      const department = await tx.department.findFirst({ where: { organisationId, key: edit.department } });
      if (!department) throw new ValidationError("department", `No department with key "${edit.department}".`);
      refuseTakenName(await rolesOf(tx, department.id), edit.name, `a role in ${department.name}`);
      const key = uniqueKey(
        edit.name,
        (await tx.role.findMany({ where, select: { key: true } })).map((r) => r.key),
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
    }
    case "renameDepartment": {
      const department = await tx.department.findFirst({ where: { organisationId, key: edit.key } });
      if (!department) throw new ValidationError("key", `No department with key "${edit.key}".`);
      await refuseTakenDepartmentName(tx, organisationId, edit.name, department.id);
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
    }
    case "moveDepartment": {
      const departments = await tx.department.findMany({
        where,
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
    }
    case "removeDepartment": {
      const department = await tx.department.findFirst({
        where: { organisationId, key: edit.key },
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
    }
    case "renameRole": {
      const role = await tx.role.findFirst({ where: { organisationId, key: edit.key }, include: { department: true } });
      if (!role) throw new ValidationError("key", `No role with key "${edit.key}".`);
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
    }
    case "removeRole": {
      const role = await tx.role.findFirst({
        where: { organisationId, key: edit.key },
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
    }
    case "setTouchpoint": {
      const role = await tx.role.findFirst({ where: { organisationId, key: edit.role } });
      if (!role) throw new ValidationError("role", `No role with key "${edit.role}".`);
      const stage = await stageByKey(tx, organisationId, edit.stage);
      if (edit.on)
        await tx.touchpoint.upsert({
          where: { roleId_stageId: { roleId: role.id, stageId: stage.id } },
          create: { roleId: role.id, stageId: stage.id },
          update: {},
        });
      else await tx.touchpoint.deleteMany({ where: { roleId: role.id, stageId: stage.id } });
      return {
        result: {},
        audit: {
          summary: `${role.name} ${edit.on ? "takes part in" : "no longer takes part in"} “${stage.name}”`,
          subjectType: "touchpoint",
          subjectId: `${role.id}:${stage.id}`,
          after: { role: role.key, stage: stage.key, touches: edit.on },
        },
      };
    }
    case "addObjective": {
      const key = uniqueKey(
        edit.name,
        (await tx.objective.findMany({ where, select: { key: true } })).map((o) => o.key),
      );
      const objective = await tx.objective.create({ data: { organisationId, key, name: edit.name } });
      return {
        result: { key },
        audit: {
          summary: `Added the objective “${edit.name}”`,
          subjectType: "objective",
          subjectId: objective.id,
          after: { key, name: edit.name },
        },
      };
    }
    case "addLexiconTerm": {
      // The first edit makes the shipped defaults the organisation's own list, so nothing silently disappears.
      if ((await tx.lexiconTerm.count({ where })) === 0) {
        await tx.lexiconTerm.createMany({
          data: DEFAULT_EUPHEMISMS.map((t) => ({
            organisationId,
            term: t.term,
            plainer: t.plainer,
            why: t.why ?? null,
          })),
        });
      }
      const existing = await tx.lexiconTerm.findFirst({
        where: { organisationId, term: { equals: edit.term, mode: "insensitive" } },
      });
      if (existing) throw new ConflictError(`“${edit.term}” is already in the lexicon.`, "term");
      const term = await tx.lexiconTerm.create({
        data: { organisationId, term: edit.term, plainer: edit.plainer, why: edit.why ?? null },
      });
      return {
        result: {},
        audit: {
          summary: `Added “${edit.term}” to the language lexicon`,
          subjectType: "lexicon",
          subjectId: term.id,
          after: { term: edit.term, plainer: edit.plainer },
        },
      };
    }
    case "removeLexiconTerm": {
      if ((await tx.lexiconTerm.count({ where })) === 0) {
        await tx.lexiconTerm.createMany({
          data: DEFAULT_EUPHEMISMS.map((t) => ({
            organisationId,
            term: t.term,
            plainer: t.plainer,
            why: t.why ?? null,
          })),
        });
      }
      const term = await tx.lexiconTerm.findFirst({ where: { organisationId, term: edit.term } });
      if (!term) throw new ValidationError("term", `“${edit.term}” is not in the lexicon.`);
      await tx.lexiconTerm.delete({ where: { id: term.id } });
      return {
        result: {},
        audit: {
          summary: `Removed “${edit.term}” from the language lexicon`,
          subjectType: "lexicon",
          subjectId: term.id,
          before: { term: term.term, plainer: term.plainer },
        },
      };
    }
  }
}
