import { beforeEach, expect, it } from "vitest";
import { importModel } from "@/lib/model/import-model";
import { createOrganisation } from "@/lib/organisations/create-organisation";
import { resolveOrgAccess, type OrgAccess } from "@/lib/access/org-access";
import { exampleModel } from "@/lib/test-support/example-model";
import { refusal } from "@/lib/test-support/expectations";
import { joinOrganisation, makeUser } from "@/lib/test-support/fixtures";
import { describeOnEachDatabase } from "@/lib/test-support/test-databases";
import type { Db } from "@/lib/db/types";
import { createBehaviour } from "./create-behaviour";
import { getBehaviour } from "./get-behaviour";
import { transitionBehaviour } from "./transition-behaviour";
import { updateBehaviour } from "./update-behaviour";

const example = exampleModel();

describeOnEachDatabase("behaviour definitions", (use) => {
  let owner: OrgAccess;
  let head: OrgAccess;
  let serviceHead: OrgAccess;
  let executive: OrgAccess;

  beforeEach(async () => {
    const { db } = use();
    const ownerUser = await makeUser(db, "Owner");
    const organisation = await createOrganisation({ db, actor: ownerUser }, { name: "Harbour" });
    owner = await resolveOrgAccess(db, ownerUser, organisation.slug, "model:edit");
    await importModel(owner, example);
    const departments = new Map(
      (await db.department.findMany({ where: { organisationId: organisation.id } })).map((d) => [d.key, d.id]),
    );
    const member = async (name: string, role: "department_head" | "executive", department?: string) => {
      const user = await makeUser(db, name);
      await joinOrganisation(owner, user, role, department ? [departments.get(department)!] : []);
      return resolveOrgAccess(db, user, organisation.slug, "organisation:read");
    };
    head = await member("Contact Head", "department_head", "contact");
    serviceHead = await member("Service Head", "department_head", "service");
    executive = await member("Exec", "executive");
  });

  it("reads the departments once for a behaviour's page: their tree gives a head of the parent department the editing, and names the role's department", async () => {
    const created = await createBehaviour(head, {
      role: "advisor",
      stage: "buy",
      action: "Calls back the next day",
      objectives: [],
    });
    const departmentQueries: string[] = [];
    const counted = serviceHead.db.$extends({
      query: {
        department: {
          $allOperations({ operation, args, query }) {
            departmentQueries.push(operation);
            return query(args);
          },
        },
      },
    });
    const behaviour = await getBehaviour({ ...serviceHead, db: counted as unknown as Db }, created.key);
    expect(behaviour.powers).toEqual({ editor: true, approver: false });
    expect(behaviour.role.department).toBe("Contact centre");
    expect(departmentQueries).toEqual(["findMany"]);
  });

  it("lets a department head write a draft for their own department's role, and refuses another department's with 403", async () => {
    const created = await createBehaviour(head, {
      role: "advisor",
      stage: "buy",
      action: "Explains the premium using the customer's own home",
      objectives: ["retention"],
    });
    expect(created.version).toBe(1);
    const behaviour = await getBehaviour(head, created.key);
    expect(behaviour).toMatchObject({
      status: "draft",
      objectives: ["retention"],
      powers: { editor: true, approver: false },
    });
    expect(behaviour.versions.map((v) => [v.version, v.author])).toEqual([[1, head.actor.email]]);

    const refused = await refusal(
      createBehaviour(head, {
        role: "handler",
        stage: "claim",
        action: "Calls every customer back the same day",
        objectives: [],
      }),
    );
    expect(refused.status).toBe(403);
    const edit = await refusal(
      updateBehaviour(head, "callback", {
        expectedVersion: 1,
        action: "Calls back within an hour, by name",
        objectives: [],
      }),
    );
    expect(edit.status).toBe(403);
  });

  it("lets a head of a parent department edit its sub-departments' roles", async () => {
    const saved = await updateBehaviour(serviceHead, "resolve", {
      expectedVersion: 1,
      action: "Stays on the call until the customer knows the next step and its date",
      objectives: ["retention"],
    });
    expect(saved.version).toBe(2);
  });

  it("keeps every save as a version and refuses a save over a newer version (409) without overwriting", async () => {
    const first = await updateBehaviour(head, "resolve", {
      expectedVersion: 1,
      action: "Stays on the call until the customer knows the next step",
      objectives: [],
    });
    expect(first).toEqual({ version: 2, status: "proposed" });
    const stale = await refusal(
      updateBehaviour(owner, "resolve", {
        expectedVersion: 1,
        action: "An edit made from an old screen",
        objectives: [],
      }),
    );
    expect([stale.status, stale.field]).toEqual([409, "expectedVersion"]);
    const behaviour = await getBehaviour(owner, "resolve");
    expect(behaviour.action).toBe("Stays on the call until the customer knows the next step");
    expect(behaviour.versions.map((v) => v.version)).toEqual([2, 1]);
  });

  it("runs the workflow: propose, send back with a comment, propose again, approve — each a version, each audited", async () => {
    const { db } = use();
    const { key } = await createBehaviour(head, {
      role: "advisor",
      stage: "buy",
      action: "Explains the premium using the customer's own home",
      objectives: [],
    });
    await transitionBehaviour(head, key, { to: "proposed", expectedVersion: 1 });
    expect((await refusal(transitionBehaviour(head, key, { to: "approved", expectedVersion: 2 }))).status).toBe(400);
    const noComment = await refusal(transitionBehaviour(executive, key, { to: "draft", expectedVersion: 2 }));
    expect([noComment.status, noComment.field]).toEqual([400, "comment"]);
    await transitionBehaviour(executive, key, {
      to: "draft",
      comment: "Say which part of the home",
      expectedVersion: 2,
    });
    await transitionBehaviour(head, key, { to: "proposed", expectedVersion: 3 });
    const approved = await transitionBehaviour(executive, key, { to: "approved", expectedVersion: 4 });
    expect(approved).toEqual({ version: 5, status: "approved" });
    const behaviour = await getBehaviour(owner, key);
    expect(behaviour.versions.map((v) => [v.status, v.comment])).toEqual([
      ["approved", null],
      ["proposed", null],
      ["draft", "Say which part of the home"],
      ["proposed", null],
      ["draft", null],
    ]);
    const audited = await db.auditEvent.findMany({
      where: { organisationId: owner.organisation.id, subjectType: "behaviour" },
      orderBy: { at: "asc" },
    });
    expect(audited.map((a) => a.action)).toEqual([
      "behaviour.created",
      "behaviour.proposed",
      "behaviour.draft",
      "behaviour.proposed",
      "behaviour.approved",
    ]);
  });

  it("sends an approved behaviour back for approval when a head edits it; an owner's edit keeps it approved", async () => {
    expect(
      (
        await updateBehaviour(head, "resolve", {
          expectedVersion: 1,
          action: "Stays on the line until the next step is clear",
          objectives: [],
        })
      ).status,
    ).toBe("proposed");
    expect(
      (
        await updateBehaviour(owner, "callback", {
          expectedVersion: 1,
          action: "Calls the customer back within one working day",
          objectives: [],
        })
      ).status,
    ).toBe("approved");
  });

  it("gives a viewer-like executive no editing power and names unknown objectives", async () => {
    expect(
      (
        await refusal(
          updateBehaviour(executive, "resolve", {
            expectedVersion: 1,
            action: "Some new words for this",
            objectives: [],
          }),
        )
      ).status,
    ).toBe(403);
    const unknown = await refusal(
      updateBehaviour(owner, "resolve", { expectedVersion: 1, action: "Some new words for this", objectives: ["nps"] }),
    );
    expect([unknown.status, unknown.field]).toEqual([400, "objectives"]);
  });

  it("does not find another organisation's behaviour", async () => {
    const { db } = use();
    const stranger = await makeUser(db, "Stranger");
    const other = await createOrganisation({ db, actor: stranger }, { name: "Elsewhere" });
    const strangerAccess = await resolveOrgAccess(db, stranger, other.slug, "model:edit");
    expect((await refusal(getBehaviour(strangerAccess, "resolve"))).status).toBe(404);
    expect(
      (
        await refusal(
          updateBehaviour(strangerAccess, "resolve", {
            expectedVersion: 1,
            action: "Hijacked words here",
            objectives: [],
          }),
        )
      ).status,
    ).toBe(404);
  });
});
