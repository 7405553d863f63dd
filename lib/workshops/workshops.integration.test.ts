import { beforeEach, expect, it } from "vitest";
import { resolveOrgAccess, type OrgAccess } from "@/lib/access/org-access";
import { listStories } from "@/lib/stories/list-stories";
import { refusal } from "@/lib/test-support/expectations";
import { joinOrganisation, makeOwnedOrganisation, makeUser } from "@/lib/test-support/fixtures";
import { describeOnEachDatabase } from "@/lib/test-support/test-databases";
import { contributeToWorkshop } from "./contribute-to-workshop";
import { describeWorkshop } from "./describe-workshop";
import { closeWorkshop } from "./close-workshop";
import { listWorkshops } from "./list-workshops";
import { openWorkshop } from "./open-workshop";
import { renewWorkshopLink } from "./renew-workshop-link";
import { turnMomentIntoStory } from "./turn-moment-into-story";
import { momentOf } from "./moment-of";
import { momentEvidence, momentStoryDraft } from "./moment-drafts";
import type { StoryInput } from "@/lib/stories/input";
import { workshopContribution } from "./input";

describeOnEachDatabase("empathy workshops", (use) => {
  let owner: OrgAccess;

  beforeEach(async () => {
    owner = await makeOwnedOrganisation(use().db, "Workshop Co");
    await use().db.stage.create({
      data: { organisationId: owner.organisation.id, key: "claim", name: "Get help and claim", position: 0 },
    });
  });

  /** What the story form sends once the user has picked the stage and edited the words. */
  const written = (over: Partial<StoryInput> = {}): StoryInput => ({
    customer: "Workshop participant",
    pseudonym: true,
    narrative: "My bank asked me to fax a form, and I gave up.",
    stage: "claim",
    roles: [],
    sentiment: "negative",
    source: "workshop",
    photo: null,
    ...over,
  });

  const best = {
    story: "The airline rebooked me before I even knew my flight was cancelled.",
    why: "They acted before I had to ask",
    weCreateIt: "sometimes" as const,
  };
  const worst = {
    story: "My bank asked me to fax a form to close an account.",
    why: "Paperwork for their convenience",
    weCreateIt: "yes" as const,
  };

  it("collects participants' best and worst moments anonymously, and tallies whether we create such moments", async () => {
    const { db } = use();
    const { id, token } = await openWorkshop(owner, "Leadership offsite");
    expect(await describeWorkshop(db, token)).toEqual({ name: "Leadership offsite", organisation: "Workshop Co" });
    await contributeToWorkshop(db, token, workshopContribution.parse({ best, worst }));
    await contributeToWorkshop(db, token, workshopContribution.parse({ worst: { ...worst, weCreateIt: "no" } }));
    const [workshop] = await listWorkshops(owner);
    expect(workshop!.moments.map((m) => m.moment)).toEqual(["best", "worst", "worst"]);
    expect(workshop!.weCreate).toEqual({
      best: { yes: 0, sometimes: 1, no: 0, not_sure: 0 },
      worst: { yes: 1, sometimes: 0, no: 1, not_sure: 0 },
    });
    const [row] = await db.$queryRaw<
      Record<string, unknown>[]
    >`SELECT * FROM "WorkshopEntry" WHERE "workshopId" = ${id} LIMIT 1`;
    expect(Object.keys(row!).sort()).toEqual(["id", "moment", "story", "storyKey", "weCreateIt", "why", "workshopId"]);
    expect(workshopContribution.safeParse({}).success).toBe(false);
  });

  it("prefills a story and a behaviour's evidence from the moment as stored, not from the request", async () => {
    const { db } = use();
    const { id, token } = await openWorkshop(owner, "Offsite");
    await contributeToWorkshop(db, token, { worst });
    const stored = (await listWorkshops(owner))[0]!.moments[0]!;
    const moment = await momentOf(owner, id, stored.id);
    expect(momentStoryDraft(moment)).toEqual({
      customer: "Workshop participant (worst experience)",
      pseudonym: true,
      narrative:
        "My bank asked me to fax a form to close an account. What made it bad: Paperwork for their convenience",
      sentiment: "negative",
      source: "workshop",
    });
    expect(momentEvidence(moment)).toBe(
      "From the empathy workshop “Offsite”, a participant's worst experience as a customer: “My bank asked me to fax a form to close an account.” What made it bad: Paperwork for their convenience",
    );
    const outsider = await makeOwnedOrganisation(db, "Other Co", "Other");
    expect((await refusal(momentOf(outsider, id, stored.id))).status).toBe(404);
    expect((await refusal(momentOf(owner, id, "no-such-moment"))).status).toBe(404);
  });

  it("turns a moment into the story written from it, at its stage, once", async () => {
    const { db } = use();
    const { id, token } = await openWorkshop(owner, "Offsite");
    await contributeToWorkshop(db, token, { worst });
    const moment = (await listWorkshops(owner))[0]!.moments[0]!;
    const noStage = await refusal(turnMomentIntoStory(owner, id, moment.id, written({ stage: null })));
    expect([noStage.status, noStage.field]).toEqual([400, "stage"]);
    expect((await listWorkshops(owner))[0]!.moments[0]!.storyKey).toBeNull();
    const outsider = await makeOwnedOrganisation(db, "Other Co", "Other");
    expect((await refusal(turnMomentIntoStory(outsider, id, moment.id, written()))).status).toBe(404);
    // The request cannot make a workshop moment an interview with a real name.
    const { key } = await turnMomentIntoStory(owner, id, moment.id, written({ pseudonym: false, source: "interview" }));
    expect((await listStories(owner)).find((s) => s.key === key)).toMatchObject({
      pseudonym: true,
      sentiment: "negative",
      source: "workshop",
      stage: { key: "claim" },
      narrative: "My bank asked me to fax a form, and I gave up.",
    });
    const again = await refusal(turnMomentIntoStory(owner, id, moment.id, written()));
    expect([again.status, again.message]).toEqual([409, "This moment is already a story."]);
    expect((await listWorkshops(owner))[0]!.moments[0]!.storyKey).toBe(key);
    expect((await momentOf(owner, id, moment.id)).storyKey).toBe(key);
  });

  it("makes one story of two simultaneous clicks, and leaves no claim behind when the story cannot be made", async () => {
    const { db } = use();
    const { id, token } = await openWorkshop(owner, "Offsite");
    await contributeToWorkshop(db, token, { best, worst });
    const [first, second] = (await listWorkshops(owner))[0]!.moments;
    const outcomes = await Promise.allSettled([
      turnMomentIntoStory(owner, id, first!.id, written()),
      turnMomentIntoStory(owner, id, first!.id, written()),
    ]);
    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1);
    expect((await listStories(owner)).filter((s) => s.source === "workshop")).toHaveLength(1);
    // The story is written, then its audit entry is refused (no actor address): the story and the claim are undone with it.
    const broken = { ...owner, actor: { ...owner.actor, email: null as unknown as string } };
    await expect(turnMomentIntoStory(broken, id, second!.id, written())).rejects.toThrow();
    expect((await listWorkshops(owner))[0]!.moments.find((m) => m.id === second!.id)!.storyKey).toBeNull();
    expect((await listStories(owner)).filter((s) => s.source === "workshop")).toHaveLength(1);
  });

  it("refuses a closed workshop's link, other organisations, and members who do not run workshops", async () => {
    const { db } = use();
    const { id, token } = await openWorkshop(owner, "Offsite");
    await closeWorkshop(owner, id);
    expect((await refusal(contributeToWorkshop(db, token, { best }))).status).toBe(410);
    expect((await refusal(describeWorkshop(db, "no-such-token"))).status).toBe(404);
    const outsider = await makeOwnedOrganisation(db, "Other Co", "Other");
    expect((await refusal(closeWorkshop(outsider, id))).status).toBe(404);
    const headUser = await makeUser(db, "Executive");
    await joinOrganisation(owner, headUser, "executive", []);
    const executive = await resolveOrgAccess(db, headUser, owner.organisation.slug, "organisation:read");
    expect((await refusal(openWorkshop(executive, "Mine"))).status).toBe(403);
    expect(await listWorkshops(executive)).toHaveLength(1);
  });

  it("makes a new link for an open workshop: the old one stops working at once, the new one takes moments", async () => {
    const { db } = use();
    const { id, token: old } = await openWorkshop(owner, "Sales kick-off");
    const { token } = await renewWorkshopLink(owner, id);
    expect(token).not.toBe(old);
    expect((await refusal(describeWorkshop(db, old))).status).toBe(404);
    await contributeToWorkshop(db, token, workshopContribution.parse({ best }));
    const [workshop] = await listWorkshops(owner);
    expect(workshop!.moments).toHaveLength(1);
    const audit = await db.auditEvent.findMany({
      where: { organisationId: owner.organisation.id, action: "workshop.link_renewed" },
    });
    expect(audit).toHaveLength(1);
    // The audit names the workshop, never the link.
    expect(JSON.stringify(audit)).not.toContain(token);
  });

  it("refuses a new link for a closed workshop, another organisation's, and members who do not run workshops", async () => {
    const { db } = use();
    const { id } = await openWorkshop(owner, "Offsite");
    const outsider = await makeOwnedOrganisation(db, "Other Co", "Other");
    expect((await refusal(renewWorkshopLink(outsider, id))).status).toBe(404);
    const user = await makeUser(db, "Executive");
    await joinOrganisation(owner, user, "executive", []);
    const executive = await resolveOrgAccess(db, user, owner.organisation.slug, "organisation:read");
    expect((await refusal(renewWorkshopLink(executive, id))).status).toBe(403);
    await closeWorkshop(owner, id);
    expect((await refusal(renewWorkshopLink(owner, id))).status).toBe(409);
  });
});
