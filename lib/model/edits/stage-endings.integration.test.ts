import { beforeEach, expect, it } from "vitest";
import { resolveOrgAccess, type OrgAccess } from "@/lib/access/org-access";
import type { Db } from "@/lib/db/types";
import { AppError } from "@/lib/errors";
import { createOrganisation } from "@/lib/organisations/create-organisation";
import { joinOrganisation, makeUser } from "@/lib/test-support/fixtures";
import { describeOnEachDatabase } from "@/lib/test-support/test-databases";
import { applyModelEdit } from "./apply-model-edit";
import type { ModelEdit } from "@/lib/model/input";
import { objectiveCitations, stageHoldings } from "./setup-counts";
import { stageRemovalMessage } from "./stage-consequences";

async function refusal(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  const { status, field, detail } = error as AppError;
  return { status, field, detail };
}

/**
 * A model with something on every relation of a stage: "Pay" has 2 roles taking part, 3 behaviours (2 approved,
 * each with versions, one citing an objective), 4 influences and 2 stories; "Renew or leave" already has one of
 * those roles and a behaviour of its own.
 */
async function buildModel(db: Db, access: OrgAccess) {
  const organisationId = access.organisation.id;
  await applyModelEdit(access, { op: "applyStageTemplate" });
  const { key: billing } = await applyModelEdit(access, { op: "addDepartment", name: "Billing" });
  const { key: clerk } = await applyModelEdit(access, {
    op: "addRole",
    name: "Clerk",
    department: billing!,
    customerFacing: false,
  });
  const { key: agent } = await applyModelEdit(access, {
    op: "addRole",
    name: "Agent",
    department: billing!,
    customerFacing: true,
  });
  for (const role of [clerk!, agent!])
    await applyModelEdit(access, { op: "setTouchpoint", role, stage: "pay", on: true });
  await applyModelEdit(access, { op: "setTouchpoint", role: clerk!, stage: "renew-or-leave", on: true });
  await applyModelEdit(access, { op: "addObjective", name: "Fewer bill complaints" });
  const stage = (key: string) => db.stage.findFirstOrThrow({ where: { organisationId, key } });
  const role = (key: string) => db.role.findFirstOrThrow({ where: { organisationId, key } });
  const [pay, renew, clerkRole, agentRole] = await Promise.all([
    stage("pay"),
    stage("renew-or-leave"),
    role(clerk!),
    role(agent!),
  ]);
  const department = await db.department.findFirstOrThrow({ where: { organisationId, key: billing } });
  const objective = await db.objective.findFirstOrThrow({ where: { organisationId } });
  const kpi = await db.kpi.create({
    data: {
      organisationId,
      key: "aht",
      name: "Average handling time",
      direction: "lower",
      departmentId: department.id,
      payLinked: true,
      horizon: "short",
      category: "operational",
    },
  });
  const behaviour = async (
    key: string,
    stageId: string,
    roleId: string,
    status: "draft" | "approved",
    influences: number,
  ) => {
    const created = await db.behaviour.create({
      data: {
        organisationId,
        key,
        roleId,
        stageId,
        action: `Does ${key}`,
        status,
        version: 2,
        versions: {
          create: [1, 2].map((version) => ({
            version,
            action: `Does ${key}`,
            status,
            objectiveKeys: key === "explains-the-bill" ? [objective.key] : [],
            authorEmail: "owner@example.test",
          })),
        },
        objectives: key === "explains-the-bill" ? { create: [{ objectiveId: objective.id }] } : undefined,
      },
    });
    const sources = ["kpi:aht"].slice(0, influences);
    for (const source of sources)
      await db.influence.create({
        data: {
          organisationId,
          behaviourId: created.id,
          source,
          kpiId: source === "kpi:aht" ? kpi.id : null,
          effect: "obstructs",
          strength: 2,
        },
      });
    return created;
  };
  await behaviour("explains-the-bill", pay.id, clerkRole.id, "approved", 1);
  await behaviour("offers-a-plan", pay.id, agentRole.id, "approved", 1);
  await behaviour("sends-a-reminder", pay.id, clerkRole.id, "draft", 0);
  await behaviour("says-goodbye-well", renew.id, clerkRole.id, "approved", 1);
  for (const key of ["late-fee", "double-charge"])
    await db.story.create({
      data: {
        organisationId,
        key,
        customer: "Sam",
        narrative: `The ${key}`,
        stageId: pay.id,
        sentiment: "negative",
        source: "complaint",
      },
    });
  return { pay, renew, clerkRole, agentRole, objective };
}

describeOnEachDatabase("merging and removing stages; renaming and removing objectives", (use) => {
  let access: OrgAccess;
  let organisationId: string;
  beforeEach(async () => {
    const { db } = use();
    const owner = await makeUser(db, "Stage Owner");
    const organisation = await createOrganisation({ db, actor: owner }, { name: "Stages Co" });
    access = await resolveOrgAccess(db, owner, organisation.slug, "model:edit");
    organisationId = access.organisation.id;
  });

  it("merges “Pay” into “Renew or leave”: behaviours with their versions, stories and roles move; nothing dangles", async () => {
    const { db } = use();
    const { pay, renew, clerkRole, agentRole } = await buildModel(db, access);
    const answer = await applyModelEdit(access, { op: "mergeStage", key: "pay", into: "renew-or-leave" });
    expect(answer.summary).toBe("Merged the stage “Pay” into “Renew or leave”: 3 behaviours and 2 stories moved");

    expect(await db.stage.findUnique({ where: { id: pay.id } })).toBeNull();
    const behaviours = await db.behaviour.findMany({
      where: { organisationId },
      include: { _count: { select: { versions: true, influences: true, objectives: true } } },
      orderBy: { key: "asc" },
    });
    expect(
      behaviours.map((b) => [b.key, b.stageId, b._count.versions, b._count.influences, b._count.objectives]),
    ).toEqual([
      ["explains-the-bill", renew.id, 2, 1, 1],
      ["offers-a-plan", renew.id, 2, 1, 0],
      ["says-goodbye-well", renew.id, 2, 1, 0],
      ["sends-a-reminder", renew.id, 2, 0, 0],
    ]);
    expect((await db.story.findMany({ where: { organisationId } })).map((s) => s.stageId)).toEqual([
      renew.id,
      renew.id,
    ]);
    // The clerk already took part in "Renew or leave": the union keeps one touchpoint per role.
    const touchpoints = await db.touchpoint.findMany({ where: { stageId: renew.id }, orderBy: { roleId: "asc" } });
    expect(touchpoints.map((t) => t.roleId).sort()).toEqual([clerkRole.id, agentRole.id].sort());
    expect(await db.touchpoint.count({ where: { stageId: pay.id } })).toBe(0);
    const stages = await db.stage.findMany({ where: { organisationId }, orderBy: { position: "asc" } });
    expect(stages.map((s) => [s.position, s.name])).toEqual([
      [0, "Discover"],
      [1, "Buy"],
      [2, "Onboard"],
      [3, "Use"],
      [4, "Get help"],
      [5, "Renew or leave"],
    ]);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { organisationId, action: "model.mergeStage" } });
    expect(audit.summary).toBe(answer.summary);
    expect(audit.before).toMatchObject({ key: "pay", behaviours: 3, approved: 2, stories: 2, touchpoints: 2 });
  });

  it("removes “Pay” with exactly what its dialog counted; its stories stay without a stage", async () => {
    const { db } = use();
    const { pay } = await buildModel(db, access);
    const counted = (await stageHoldings(access)).pay!;
    expect(counted).toEqual({ touchpoints: 2, behaviours: 3, approved: 2, influences: 2, stories: 2 });
    expect(stageRemovalMessage("Pay", counted)).toBe(
      "Removes “Pay”, its 2 touchpoints and its 3 behaviours (2 approved) with their 2 influences. 2 stories keep their text but lose their stage, so they leave the customer room. Merge it into another stage instead to keep its behaviours.",
    );
    const before = {
      behaviours: await db.behaviour.count({ where: { organisationId } }),
      versions: await db.behaviourVersion.count({ where: { behaviour: { organisationId } } }),
      influences: await db.influence.count({ where: { organisationId } }),
      touchpoints: await db.touchpoint.count({ where: { role: { organisationId } } }),
      stories: await db.story.count({ where: { organisationId } }),
    };
    const answer = await applyModelEdit(access, { op: "removeStage", key: "pay" });
    expect(answer.summary).toBe(
      "Removed the stage “Pay” with 2 touchpoints, 3 behaviours (2 approved) and 2 influences; 2 stories lost their stage",
    );
    expect(await db.behaviour.count({ where: { organisationId } })).toBe(before.behaviours - counted.behaviours);
    expect(await db.behaviourVersion.count({ where: { behaviour: { organisationId } } })).toBe(before.versions - 6);
    expect(await db.influence.count({ where: { organisationId } })).toBe(before.influences - counted.influences);
    expect(await db.touchpoint.count({ where: { role: { organisationId } } })).toBe(
      before.touchpoints - counted.touchpoints,
    );
    const stories = await db.story.findMany({ where: { organisationId } });
    expect(stories).toHaveLength(before.stories);
    expect(stories.map((s) => s.stageId)).toEqual([null, null]);
    expect(await db.stage.findUnique({ where: { id: pay.id } })).toBeNull();
    const positions = (await db.stage.findMany({ where: { organisationId }, orderBy: { position: "asc" } })).map(
      (s) => s.position,
    );
    expect(positions).toEqual([0, 1, 2, 3, 4, 5]);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { organisationId, action: "model.removeStage" } });
    expect(audit.summary).toBe(answer.summary);
  });

  it("refuses a merge into itself, unknown stages, a stage removed meanwhile and another organisation's stage, writing nothing", async () => {
    const { db } = use();
    await buildModel(db, access);
    const other = await createOrganisation({ db, actor: access.actor }, { name: "Other Co" });
    const otherAccess = await resolveOrgAccess(db, access.actor, other.slug, "model:edit");
    await applyModelEdit(otherAccess, { op: "addStage", name: "Elsewhere" });
    const audited = await db.auditEvent.count({ where: { organisationId } });
    const stagesBefore = await db.stage.findMany({ where: { organisationId }, orderBy: { key: "asc" } });

    expect(await refusal(applyModelEdit(access, { op: "mergeStage", key: "pay", into: "pay" }))).toMatchObject({
      status: 400,
      field: "into",
    });
    expect(await refusal(applyModelEdit(access, { op: "mergeStage", key: "pay", into: "nowhere" }))).toMatchObject({
      status: 404,
    });
    expect(await refusal(applyModelEdit(access, { op: "mergeStage", key: "nowhere", into: "pay" }))).toMatchObject({
      status: 404,
    });
    expect(await refusal(applyModelEdit(access, { op: "removeStage", key: "nowhere" }))).toMatchObject({ status: 404 });
    // Another organisation's stage is not found from here, either way round.
    expect(await refusal(applyModelEdit(access, { op: "removeStage", key: "elsewhere" }))).toMatchObject({
      status: 404,
    });
    expect(await refusal(applyModelEdit(access, { op: "mergeStage", key: "pay", into: "elsewhere" }))).toMatchObject({
      status: 404,
    });
    expect(await refusal(applyModelEdit(otherAccess, { op: "removeStage", key: "pay" }))).toMatchObject({
      status: 404,
    });
    expect(await db.auditEvent.count({ where: { organisationId } })).toBe(audited);
    expect(await db.stage.findMany({ where: { organisationId }, orderBy: { key: "asc" } })).toEqual(stagesBefore);
    expect(await db.behaviour.count({ where: { organisationId } })).toBe(4);

    // Two people remove the same stage at once: one removes it, the other is told it is gone (never a 500).
    const outcomes = await Promise.allSettled([
      applyModelEdit(access, { op: "removeStage", key: "pay" }),
      applyModelEdit(access, { op: "mergeStage", key: "pay", into: "use" }),
    ]);
    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1);
    const failed = outcomes.find((o) => o.status === "rejected") as PromiseRejectedResult;
    expect((failed.reason as AppError).status).toBe(404);
  });

  it("refuses a department head and a viewer: stages and objectives are the owner's to change", async () => {
    const { db } = use();
    const { pay } = await buildModel(db, access);
    const billing = await db.department.findFirstOrThrow({ where: { organisationId } });
    const head = await makeUser(db, "Head");
    await joinOrganisation(access, head, "department_head", [billing.id]);
    const viewer = await makeUser(db, "Viewer");
    await joinOrganisation(access, viewer, "viewer", []);
    const audited = await db.auditEvent.count({ where: { organisationId } });
    const edits: ModelEdit[] = [
      { op: "removeStage", key: "pay" },
      { op: "mergeStage", key: "pay", into: "use" },
      { op: "renameObjective", key: "fewer-bill-complaints", name: "Fewer complaints" },
      { op: "removeObjective", key: "fewer-bill-complaints" },
    ];
    for (const [user, action] of [
      [head, "model:edit-department"],
      [viewer, "organisation:read"],
    ] as const) {
      const theirs = await resolveOrgAccess(db, user, access.organisation.slug, action);
      for (const edit of edits) expect(await refusal(applyModelEdit(theirs, edit))).toMatchObject({ status: 403 });
    }
    expect(await db.auditEvent.count({ where: { organisationId } })).toBe(audited);
    expect(await db.stage.findUnique({ where: { id: pay.id } })).not.toBeNull();
    expect(await db.objective.count({ where: { organisationId } })).toBe(1);
  });

  it("renames an objective (refusing a name another has) and removes it: the links go, behaviours and their versions stay", async () => {
    const { db } = use();
    const { objective } = await buildModel(db, access);
    await applyModelEdit(access, { op: "addObjective", name: "Keep customers" });
    expect(await refusal(applyModelEdit(access, { op: "addObjective", name: " keep customers " }))).toMatchObject({
      status: 409,
      field: "name",
    });
    expect(
      await refusal(applyModelEdit(access, { op: "renameObjective", key: objective.key, name: "KEEP CUSTOMERS" })),
    ).toMatchObject({ status: 409, field: "name", detail: 'There is already an objective named "KEEP CUSTOMERS".' });
    expect(await refusal(applyModelEdit(access, { op: "renameObjective", key: "nowhere", name: "X" }))).toMatchObject({
      status: 404,
    });
    await applyModelEdit(access, { op: "renameObjective", key: objective.key, name: "Fewer complaints about bills" });
    expect((await db.objective.findUniqueOrThrow({ where: { id: objective.id } })).name).toBe(
      "Fewer complaints about bills",
    );

    expect(await objectiveCitations(access)).toEqual({ [objective.key]: 1, "keep-customers": 0 });
    const answer = await applyModelEdit(access, { op: "removeObjective", key: objective.key });
    expect(answer.summary).toBe("Removed the objective “Fewer complaints about bills”; 1 behaviour no longer cites it");
    expect(await db.objective.findUnique({ where: { id: objective.id } })).toBeNull();
    const behaviour = await db.behaviour.findFirstOrThrow({
      where: { organisationId, key: "explains-the-bill" },
      include: { objectives: true, versions: true },
    });
    expect(behaviour.objectives).toEqual([]);
    // History is kept as it was written: the versions still name the objective's key (shown as removed).
    expect(behaviour.versions.map((v) => v.objectiveKeys)).toEqual([[objective.key], [objective.key]]);
    expect(await refusal(applyModelEdit(access, { op: "removeObjective", key: objective.key }))).toMatchObject({
      status: 404,
    });
    const audit = await db.auditEvent.findFirstOrThrow({ where: { organisationId, action: "model.removeObjective" } });
    expect(audit.before).toMatchObject({ name: "Fewer complaints about bills", citedBy: 1 });
  });
});
