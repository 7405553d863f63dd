/**
 * Imports a validated `throughline.model/1` document into an organisation, replacing its model, in one
 * transaction: a failure writes nothing. Departments are matched by key so department heads keep their
 * assignments; departments absent from the file are removed (with those assignments). Every behaviour
 * starts a version history.
 */
import { randomUUID } from "node:crypto";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { bulkInsert } from "@/lib/db/bulk-insert";
import type { DbTx } from "@/lib/db/types";
import { assertCan, type OrgAccess } from "@/lib/access/org-access";
import type { ModelDocument } from "./model-schema";
import { kpiLinkEffectToDb, parseInfluenceSource, storySourceToDb } from "./rules/references";

export type ImportProgress = { step: string; done: number; total: number };
export type ImportSummary = Record<
  | "departments"
  | "roles"
  | "stages"
  | "touchpoints"
  | "objectives"
  | "behaviours"
  | "kpis"
  | "processes"
  | "systems"
  | "influences"
  | "kpiLinks"
  | "kpiReadings"
  | "stories"
  | "exposures"
  | "actions",
  number
> & {
  removedDepartments: string[];
};

const TRANSACTION_TIMEOUT_MS = 10 * 60_000;

export async function importModel(
  access: OrgAccess,
  model: ModelDocument,
  onProgress: (progress: ImportProgress) => void = () => {},
): Promise<ImportSummary> {
  assertCan(access, "model:edit");
  const organisationId = access.organisation.id;
  const steps = ["clear", "departments", "roles", "stages", "behaviours", "kpis", "influences", "stories"] as const;
  let done = 0;
  const advance = (step: (typeof steps)[number]) => onProgress({ step, done: ++done, total: steps.length });

  return access.db.$transaction(
    async (tx) => {
      await clearModel(tx, organisationId);
      advance("clear");
      const removedDepartments = await upsertDepartments(tx, organisationId, model);
      advance("departments");

      const departmentId = new Map(
        (await tx.department.findMany({ where: { organisationId }, select: { id: true, key: true } })).map((d) => [
          d.key,
          d.id,
        ]),
      );
      const roleId = new Map(model.roles.map((r) => [r.key, randomUUID()]));
      const org = { name: "organisationId", type: "text", value: () => organisationId };
      await bulkInsert(
        tx,
        "Role",
        [
          { name: "id", type: "text", value: (r) => roleId.get(r.key) },
          org,
          { name: "key", type: "text", value: (r) => r.key },
          { name: "name", type: "text", value: (r) => r.name },
          { name: "departmentId", type: "text", value: (r) => departmentId.get(r.department) },
          { name: "customerFacing", type: "boolean", value: (r) => r.customerFacing },
          { name: "headcount", type: "integer", value: (r) => r.headcount },
        ],
        model.roles,
      );
      advance("roles");

      const stageId = new Map(model.stages.map((s) => [s.key, randomUUID()]));
      await tx.stage.createMany({
        data: model.stages.map((s, position) => ({
          id: stageId.get(s.key)!,
          organisationId,
          key: s.key,
          name: s.name,
          position,
        })),
      });
      await bulkInsert(
        tx,
        "Touchpoint",
        [
          { name: "roleId", type: "text", value: (t) => roleId.get(t.role) },
          { name: "stageId", type: "text", value: (t) => stageId.get(t.stage) },
        ],
        model.touchpoints,
      );
      const objectiveId = new Map(model.objectives.map((o) => [o.key, randomUUID()]));
      await tx.objective.createMany({
        data: model.objectives.map((o) => ({ id: objectiveId.get(o.key)!, organisationId, key: o.key, name: o.name })),
      });
      advance("stages");

      const behaviourId = new Map(model.behaviours.map((b) => [b.key, randomUUID()]));
      const text = (name: string, value: (b: (typeof model.behaviours)[number]) => unknown) => ({
        name,
        type: "text",
        value,
      });
      const behaviourText = [
        text("action", (b) => b.action),
        text("why", (b) => b.why),
        text("evidence", (b) => b.evidence),
      ];
      const behaviourStatus = {
        name: "status",
        type: "text",
        value: (b: (typeof model.behaviours)[number]) => b.status,
        wrap: (c: string) => `${c}::"BehaviourStatus"`,
      };
      await bulkInsert(
        tx,
        "Behaviour",
        [
          text("id", (b) => behaviourId.get(b.key)),
          org,
          text("key", (b) => b.key),
          text("roleId", (b) => roleId.get(b.role)),
          text("stageId", (b) => stageId.get(b.stage)),
          ...behaviourText,
          behaviourStatus,
          { name: "version", constant: "1" },
          { name: "updatedAt", constant: "CURRENT_TIMESTAMP" },
        ],
        model.behaviours,
      );
      await bulkInsert(
        tx,
        "BehaviourObjective",
        [
          { name: "behaviourId", type: "text", value: (r) => r.behaviourId },
          { name: "objectiveId", type: "text", value: (r) => r.objectiveId },
        ],
        model.behaviours.flatMap((b) =>
          (b.objectives ?? []).map((o) => ({ behaviourId: behaviourId.get(b.key)!, objectiveId: objectiveId.get(o)! })),
        ),
      );
      await bulkInsert(
        tx,
        "BehaviourVersion",
        [
          text("id", () => randomUUID()),
          text("behaviourId", (b) => behaviourId.get(b.key)),
          { name: "version", constant: "1" },
          ...behaviourText,
          behaviourStatus,
          // Keys cannot contain commas (model-schema), so the list travels as one string per row.
          {
            name: "objectiveKeys",
            type: "text",
            value: (b) => (b.objectives ?? []).join(","),
            wrap: (c) => `COALESCE(string_to_array(NULLIF(${c}, ''), ','), '{}')`,
          },
          text("comment", () => "Imported"),
          text("authorId", () => access.actor.id),
          text("authorEmail", () => access.actor.email),
        ],
        model.behaviours,
      );
      advance("behaviours");

      const kpiId = new Map(model.kpis.map((k) => [k.key, randomUUID()]));
      const kpiEnum = (name: string, type: string, value: (k: (typeof model.kpis)[number]) => string) => ({
        name,
        type: "text",
        value,
        wrap: (c: string) => `${c}::"${type}"`,
      });
      await bulkInsert(
        tx,
        "Kpi",
        [
          { name: "id", type: "text", value: (k) => kpiId.get(k.key) },
          org,
          { name: "key", type: "text", value: (k) => k.key },
          { name: "name", type: "text", value: (k) => k.name },
          { name: "definition", type: "text", value: (k) => k.definition },
          { name: "unit", type: "text", value: (k) => k.unit },
          kpiEnum("direction", "KpiDirection", (k) => k.direction),
          { name: "departmentId", type: "text", value: (k) => departmentId.get(k.department) },
          { name: "payLinked", type: "boolean", value: (k) => k.payLinked },
          kpiEnum("horizon", "KpiHorizon", (k) => k.horizon),
          kpiEnum("category", "KpiCategory", (k) => k.category),
        ],
        model.kpis,
      );
      await bulkInsert(
        tx,
        "KpiMeasuredRole",
        [
          { name: "kpiId", type: "text", value: (r) => r.kpiId },
          { name: "roleId", type: "text", value: (r) => r.roleId },
        ],
        model.kpis.flatMap((k) =>
          (k.measuredRoles ?? []).map((r) => ({ kpiId: kpiId.get(k.key)!, roleId: roleId.get(r)! })),
        ),
      );
      await bulkInsert(
        tx,
        "KpiCounter",
        [
          { name: "kpiId", type: "text", value: (r) => r.kpiId },
          { name: "counterId", type: "text", value: (r) => r.counterId },
        ],
        model.kpis.flatMap((k) =>
          (k.counters ?? []).map((c) => ({ kpiId: kpiId.get(k.key)!, counterId: kpiId.get(c)! })),
        ),
      );
      await bulkInsert(
        tx,
        "KpiLink",
        [
          org,
          { name: "fromId", type: "text", value: (l) => kpiId.get(l.from) },
          { name: "toId", type: "text", value: (l) => kpiId.get(l.to) },
          {
            name: "effect",
            type: "text",
            value: (l) => kpiLinkEffectToDb(l.effect),
            wrap: (c) => `${c}::"KpiLinkEffect"`,
          },
        ],
        model.kpiLinks ?? [],
      );
      await bulkInsert(
        tx,
        "KpiReading",
        [
          { name: "id", type: "text", value: () => randomUUID() },
          org,
          { name: "kpiId", type: "text", value: (r) => kpiId.get(r.kpi) },
          { name: "period", type: "text", value: (r) => r.period },
          { name: "value", type: "float8", value: (r) => r.value },
          { name: "target", type: "float8", value: (r) => r.target },
          { name: "departmentId", type: "text", value: (r) => (r.department ? departmentId.get(r.department) : null) },
        ],
        model.kpiReadings ?? [],
      );
      const processId = new Map(model.processes.map((p) => [p.key, randomUUID()]));
      await tx.process.createMany({
        data: model.processes.map((p) => ({
          id: processId.get(p.key)!,
          organisationId,
          key: p.key,
          name: p.name,
          departmentId: departmentId.get(p.department)!,
        })),
      });
      const systemId = new Map(model.systems.map((s) => [s.key, randomUUID()]));
      await tx.system.createMany({
        data: model.systems.map((s) => ({
          id: systemId.get(s.key)!,
          organisationId,
          key: s.key,
          name: s.name,
          trainedShare: s.trainedShare ?? null,
          peopleSpend: s.peopleSpend ?? null,
          technologySpend: s.technologySpend ?? null,
        })),
      });
      advance("kpis");

      const influenceRows = model.influences.map((i) => {
        const { kind, key } = parseInfluenceSource(i.from);
        const id = (kind === "kpi" ? kpiId : kind === "process" ? processId : systemId).get(key)!;
        return { ...i, kind, id };
      });
      await bulkInsert(
        tx,
        "Influence",
        [
          { name: "id", type: "text", value: () => randomUUID() },
          org,
          { name: "behaviourId", type: "text", value: (i) => behaviourId.get(i.to) },
          { name: "source", type: "text", value: (i) => `${i.kind}:${i.id}` },
          { name: "kpiId", type: "text", value: (i) => (i.kind === "kpi" ? i.id : null) },
          { name: "processId", type: "text", value: (i) => (i.kind === "process" ? i.id : null) },
          { name: "systemId", type: "text", value: (i) => (i.kind === "system" ? i.id : null) },
          { name: "effect", type: "text", value: (i) => i.effect, wrap: (c) => `${c}::"InfluenceEffect"` },
          { name: "strength", type: "integer", value: (i) => i.strength },
          { name: "why", type: "text", value: (i) => i.why },
        ],
        influenceRows,
      );
      advance("influences");

      const storyId = new Map((model.stories ?? []).map((s) => [s.key, randomUUID()]));
      await tx.story.createMany({
        data: (model.stories ?? []).map((s) => ({
          id: storyId.get(s.key)!,
          organisationId,
          key: s.key,
          customer: s.customer,
          narrative: s.narrative,
          stageId: s.stage ? stageId.get(s.stage)! : null,
          sentiment: s.sentiment,
          source: storySourceToDb(s.source),
          pseudonym: s.pseudonym ?? false,
        })),
      });
      await tx.storyRole.createMany({
        data: (model.stories ?? []).flatMap((s) =>
          (s.roles ?? []).map((r) => ({ storyId: storyId.get(s.key)!, roleId: roleId.get(r)! })),
        ),
      });
      await tx.exposure.createMany({
        data: (model.exposures ?? []).map((e) => ({
          organisationId,
          roleId: roleId.get(e.role)!,
          kind: e.kind,
          date: new Date(`${e.date}T00:00:00Z`),
          people: e.people ?? null,
        })),
      });
      await tx.actionItem.createMany({
        data: (model.actions ?? []).map((a) => ({
          organisationId,
          key: a.key,
          title: a.title,
          owner: a.owner ?? null,
          due: a.due ? new Date(`${a.due}T00:00:00Z`) : null,
          status: a.status,
          finding: a.finding ?? null,
        })),
      });
      advance("stories");

      const summary: ImportSummary = {
        departments: model.departments.length,
        roles: model.roles.length,
        stages: model.stages.length,
        touchpoints: model.touchpoints.length,
        objectives: model.objectives.length,
        behaviours: model.behaviours.length,
        kpis: model.kpis.length,
        processes: model.processes.length,
        systems: model.systems.length,
        influences: model.influences.length,
        kpiLinks: model.kpiLinks?.length ?? 0,
        kpiReadings: model.kpiReadings?.length ?? 0,
        stories: model.stories?.length ?? 0,
        exposures: model.exposures?.length ?? 0,
        actions: model.actions?.length ?? 0,
        removedDepartments,
      };
      await recordAuditEvent(tx, organisationId, access.actor, {
        action: "model.imported",
        subjectType: "organisation",
        subjectId: organisationId,
        summary: `Imported the model: ${summary.roles} roles, ${summary.behaviours} behaviours, ${summary.kpis} KPIs, ${summary.influences} influences`,
        after: summary,
      });
      return summary;
    },
    { timeout: TRANSACTION_TIMEOUT_MS, maxWait: 30_000 },
  );
}

/** Creates and renames departments by key, sets parents, removes the ones the file leaves out. */
async function upsertDepartments(tx: DbTx, organisationId: string, model: ModelDocument): Promise<string[]> {
  const existing = new Map((await tx.department.findMany({ where: { organisationId } })).map((d) => [d.key, d]));
  const ids = new Map<string, string>();
  for (const department of model.departments) {
    const found = existing.get(department.key);
    if (found) {
      if (found.name !== department.name || found.parentId !== null)
        await tx.department.update({ where: { id: found.id }, data: { name: department.name, parentId: null } });
      ids.set(department.key, found.id);
    } else {
      const created = await tx.department.create({
        data: { organisationId, key: department.key, name: department.name },
      });
      ids.set(department.key, created.id);
    }
  }
  for (const department of model.departments) {
    if (department.parent)
      await tx.department.update({
        where: { id: ids.get(department.key)! },
        data: { parentId: ids.get(department.parent)! },
      });
  }
  // The model that pointed at them is already cleared; their department-head assignments go with them.
  const removed = [...existing.values()].filter((d) => !ids.has(d.key));
  if (removed.length > 0) {
    await tx.department.updateMany({ where: { id: { in: removed.map((d) => d.id) } }, data: { parentId: null } });
    await tx.department.deleteMany({ where: { id: { in: removed.map((d) => d.id) } } });
  }
  return removed.map((d) => d.key).sort();
}

async function clearModel(tx: DbTx, organisationId: string): Promise<void> {
  const where = { organisationId };
  await tx.influence.deleteMany({ where });
  await tx.behaviour.deleteMany({ where });
  await tx.kpi.deleteMany({ where });
  await tx.process.deleteMany({ where });
  await tx.system.deleteMany({ where });
  await tx.story.deleteMany({ where });
  await tx.exposure.deleteMany({ where });
  await tx.actionItem.deleteMany({ where });
  await tx.role.deleteMany({ where });
  await tx.stage.deleteMany({ where });
  await tx.objective.deleteMany({ where });
}
