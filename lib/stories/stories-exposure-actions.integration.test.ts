import { beforeEach, expect, it } from "vitest";
import { listActionItems } from "@/lib/actions/list-action-items";
import { updateActionItem } from "@/lib/actions/update-action-item";
import { listExposures } from "@/lib/exposure/list-exposures";
import { recordExposure } from "@/lib/exposure/record-exposure";
import { createOrganisation } from "@/lib/organisations/create-organisation";
import { resolveOrgAccess, type OrgAccess } from "@/lib/access/org-access";
import { refusal } from "@/lib/test-support/expectations";
import { joinOrganisation, makeOwnedOrganisation, makeUser } from "@/lib/test-support/fixtures";
import { describeOnEachDatabase } from "@/lib/test-support/test-databases";
import { createStory } from "./create-story";
import { deleteStory } from "./delete-story";
import { listStories } from "./list-stories";
import { updateStory } from "./update-story";
import { storyInput } from "./input";

describeOnEachDatabase("stories, customer exposure and action items", (use) => {
  let owner: OrgAccess;
  let head: OrgAccess;
  let viewer: OrgAccess;

  beforeEach(async () => {
    const { db } = use();
    owner = await makeOwnedOrganisation(db, "Story Co");
    const orgId = owner.organisation.id;
    const claims = await db.department.create({ data: { organisationId: orgId, key: "claims", name: "Claims" } });
    const billing = await db.department.create({ data: { organisationId: orgId, key: "billing", name: "Billing" } });
    await db.role.create({
      data: {
        organisationId: orgId,
        key: "handler",
        name: "Claims handler",
        departmentId: claims.id,
        customerFacing: true,
      },
    });
    await db.role.create({
      data: {
        organisationId: orgId,
        key: "invoicer",
        name: "Invoicing clerk",
        departmentId: billing.id,
        customerFacing: false,
      },
    });
    await db.stage.create({ data: { organisationId: orgId, key: "help", name: "Get help", position: 0 } });
    const headUser = await makeUser(db, "Head");
    await joinOrganisation(owner, headUser, "department_head", [claims.id]);
    head = await resolveOrgAccess(db, headUser, owner.organisation.slug, "organisation:read");
    const viewerUser = await makeUser(db, "Viewer");
    await joinOrganisation(owner, viewerUser, "viewer", []);
    viewer = await resolveOrgAccess(db, viewerUser, owner.organisation.slug, "organisation:read");
  });

  const story = (changes: Record<string, unknown> = {}) =>
    storyInput.parse({
      customer: "Mrs Okafor",
      narrative: "I was passed to three people and nobody told me when someone would come.",
      stage: "help",
      roles: ["handler"],
      sentiment: "negative",
      source: "complaint",
      ...changes,
    });

  it("writes, edits and removes a story with its stage, roles, pseudonym and photo", async () => {
    const { key } = await createStory(head, story({ pseudonym: true, photo: "data:image/png;base64,iVBORw0KGgo=" }));
    expect(key).toBe("mrs-okafor");
    expect((await listStories(viewer))[0]).toMatchObject({
      customer: "Mrs Okafor",
      pseudonym: true,
      stage: { key: "help" },
      roles: [{ key: "handler" }],
      photo: "data:image/png;base64,iVBORw0KGgo=",
    });
    await updateStory(
      owner,
      key,
      story({ sentiment: "positive", source: "ride-along", roles: [], stage: null, photo: null }),
    );
    expect((await listStories(owner))[0]).toMatchObject({
      sentiment: "positive",
      source: "ride-along",
      roles: [],
      stage: null,
      photo: null,
    });
    await deleteStory(owner, key);
    expect(await listStories(owner)).toEqual([]);
  });

  it("refuses a story with a stage or role the organisation lacks, a bad photo, or from a viewer", async () => {
    expect((await refusal(createStory(owner, story({ stage: "renew" })))).field).toBe("stage");
    expect((await refusal(createStory(owner, story({ roles: ["ceo"] })))).field).toBe("roles");
    expect(storyInput.safeParse({ ...story(), photo: "data:text/html;base64,PHNjcmlwdD4=" }).success).toBe(false);
    expect((await refusal(createStory(viewer, story()))).status).toBe(403);
  });

  it("records exposure; a department head only for their own departments' roles, and never in the future", async () => {
    await recordExposure(head, { role: "handler", kind: "listening", date: "2026-10-01", people: 3 });
    expect(
      (await refusal(recordExposure(head, { role: "invoicer", kind: "shift", date: "2026-10-01", people: null })))
        .status,
    ).toBe(403);
    await recordExposure(owner, { role: "invoicer", kind: "shift", date: "2026-10-02", people: null });
    expect(
      (await refusal(recordExposure(owner, { role: "invoicer", kind: "shift", date: "2999-01-01", people: null })))
        .field,
    ).toBe("date");
    expect((await listExposures(viewer)).map((e) => [e.role.key, e.kind])).toEqual([
      ["invoicer", "shift"],
      ["handler", "listening"],
    ]);
  });

  it("lets an action item's owner and executives update it, no one else; overdue items come first", async () => {
    const { db } = use();
    const orgId = owner.organisation.id;
    await db.actionItem.create({
      data: {
        organisationId: orgId,
        key: "late",
        title: "Late one",
        owner: head.actor.email.toLowerCase(),
        due: new Date("2020-01-01T00:00:00Z"),
        status: "open",
      },
    });
    await db.actionItem.create({
      data: {
        organisationId: orgId,
        key: "later",
        title: "Later one",
        owner: owner.actor.email.toLowerCase(),
        due: new Date("2999-01-01T00:00:00Z"),
        status: "open",
      },
    });
    const items = await listActionItems(head);
    expect(items.map((i) => [i.key, i.overdue, i.mayUpdate])).toEqual([
      ["late", true, true],
      ["later", false, false],
    ]);
    await updateActionItem(head, "late", { status: "done" });
    expect((await refusal(updateActionItem(head, "later", { status: "done" }))).status).toBe(403);
    expect((await refusal(updateActionItem(viewer, "late", { status: "open" }))).status).toBe(403);
    await updateActionItem(owner, "later", { due: "2999-02-01" });
    expect((await listActionItems(owner)).map((i) => [i.key, i.status, i.due, i.overdue])).toEqual([
      ["later", "open", "2999-02-01", false],
      ["late", "done", "2020-01-01", false],
    ]);
  });

  it("does not reach another organisation's stories or action items", async () => {
    const { db } = use();
    await createStory(owner, story());
    const other = await makeUser(db, "Other");
    const otherOrg = await createOrganisation({ db, actor: other }, { name: "Other Co" });
    const outsider = await resolveOrgAccess(db, other, otherOrg.slug, "organisation:read");
    expect(await listStories(outsider)).toEqual([]);
    expect((await refusal(updateStory(outsider, "mrs-okafor", story()))).status).toBe(404);
    expect((await refusal(deleteStory(outsider, "mrs-okafor"))).status).toBe(404);
  });
});
