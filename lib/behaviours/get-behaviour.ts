import { assertCan, type OrgAccess } from "@/lib/access/org-access";
import { storedDepartments } from "@/lib/access/department-scope";
import { findBehaviourOrThrow, powersInTree } from "./behaviour-powers";

export type BehaviourVersionView = {
  version: number;
  action: string;
  why: string | null;
  evidence: string | null;
  status: string;
  objectives: string[];
  comment: string | null;
  author: string;
  at: string;
};

/** A behaviour with its history and what the acting member may do with it. */
export async function getBehaviour(access: OrgAccess, key: string) {
  assertCan(access, "organisation:read");
  const organisationId = access.organisation.id;
  const behaviour = await findBehaviourOrThrow(access.db, organisationId, key);
  // The departments once: their tree decides the powers, and names the role's department.
  const [versions, objectives, { departments, tree }] = await Promise.all([
    access.db.behaviourVersion.findMany({ where: { behaviourId: behaviour.id }, orderBy: { version: "desc" } }),
    access.db.objective.findMany({
      where: { organisationId },
      orderBy: { name: "asc" },
      select: { key: true, name: true },
    }),
    storedDepartments(access.db, organisationId),
  ]);
  const powers = powersInTree(access, tree, behaviour.role.departmentId);
  const department = departments.find((d) => d.id === behaviour.role.departmentId);
  return {
    key: behaviour.key,
    action: behaviour.action,
    why: behaviour.why,
    evidence: behaviour.evidence,
    status: behaviour.status,
    version: behaviour.version,
    objectives: behaviour.objectives.map((o) => o.objective.key).sort(),
    role: {
      key: behaviour.role.key,
      name: behaviour.role.name,
      customerFacing: behaviour.role.customerFacing,
      department: department?.name ?? "",
    },
    stage: { key: behaviour.stage.key, name: behaviour.stage.name },
    allObjectives: objectives,
    powers,
    versions: versions.map((v): BehaviourVersionView => ({
      version: v.version,
      action: v.action,
      why: v.why,
      evidence: v.evidence,
      status: v.status,
      objectives: v.objectiveKeys,
      comment: v.comment,
      author: v.authorEmail,
      at: v.at.toISOString(),
    })),
  };
}
