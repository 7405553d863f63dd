import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { ValidationError } from "@/lib/errors";
import type { OrgAccess } from "@/lib/access/org-access";
import { slugify } from "@/lib/organisations/rules/slug";
import type { z } from "zod";
import type { createBehaviourInput } from "./input";
import { assertEditor, powersOverRole } from "./behaviour-powers";
import { resolveObjectives } from "./resolve-objectives";
import { versionRecord } from "./version-record";

/** Writes a new draft behaviour for a (role, stage) cell; its first version is kept. */
export async function createBehaviour(
  access: OrgAccess,
  input: z.infer<typeof createBehaviourInput>,
): Promise<{ key: string; version: number }> {
  const organisationId = access.organisation.id;
  return access.db.$transaction(async (tx) => {
    const role = await tx.role.findFirst({ where: { organisationId, key: input.role } });
    if (!role) throw new ValidationError("role", `No role with key "${input.role}".`);
    const stage = await tx.stage.findFirst({ where: { organisationId, key: input.stage } });
    if (!stage) throw new ValidationError("stage", `No stage with key "${input.stage}".`);
    assertEditor(await powersOverRole(tx, access, role.departmentId));
    const objectives = await resolveObjectives(tx, organisationId, input.objectives);

    const base = `${role.key}-${slugify(input.action).split("-").slice(0, 5).join("-")}`
      .slice(0, 80)
      .replace(/-+$/, "");
    const taken = new Set(
      (
        await tx.behaviour.findMany({ where: { organisationId, key: { startsWith: base } }, select: { key: true } })
      ).map((b) => b.key),
    );
    let key = base;
    for (let n = 2; taken.has(key); n++) key = `${base}-${n}`;

    const behaviour = await tx.behaviour.create({
      data: {
        organisationId,
        key,
        roleId: role.id,
        stageId: stage.id,
        action: input.action,
        why: input.why ?? null,
        evidence: input.evidence ?? null,
        status: "draft",
        version: 1,
        objectives: { create: objectives.map((o) => ({ objectiveId: o.id })) },
        versions: {
          create: versionRecord(
            1,
            input,
            "draft",
            objectives.map((o) => o.key),
            access.actor,
          ),
        },
      },
    });
    await recordAuditEvent(tx, organisationId, access.actor, {
      action: "behaviour.created",
      subjectType: "behaviour",
      subjectId: behaviour.id,
      summary: `Wrote a draft behaviour for ${role.name} at “${stage.name}”`,
      after: {
        key,
        action: input.action,
        why: input.why ?? null,
        evidence: input.evidence ?? null,
        objectives: objectives.map((o) => o.key),
        status: "draft",
      },
    });
    return { key, version: 1 };
  });
}
