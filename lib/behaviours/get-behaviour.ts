import { assertCan, type OrgAccess } from "@/lib/access/org-access";
import { type BehaviourPowers, findBehaviourOrThrow, powersOverRole } from "./behaviour-powers";

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
  const [versions, objectives, powers, department] = await Promise.all([
    access.db.behaviourVersion.findMany({ where: { behaviourId: behaviour.id }, orderBy: { version: "desc" } }),
    access.db.objective.findMany({
      where: { organisationId },
      orderBy: { name: "asc" },
      select: { key: true, name: true },
    }),
    powersOverRole(access.db, access, behaviour.role.departmentId),
    access.db.department.findUnique({ where: { id: behaviour.role.departmentId }, select: { name: true } }),
  ]);
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
    powers: powers as BehaviourPowers,
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
