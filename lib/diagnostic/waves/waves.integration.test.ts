import { beforeEach, expect, it } from "vitest";
import type { OrgAccess } from "@/lib/access/org-access";
import { refusal } from "@/lib/test-support/expectations";
import { makeOwnedOrganisation } from "@/lib/test-support/fixtures";
import { describeOnEachDatabase } from "@/lib/test-support/test-databases";
import { addInstrument } from "@/lib/diagnostic/instruments/add-instrument";
import { requestPersonalLink } from "../respond/personal-link";
import { describeSharedLink } from "@/lib/diagnostic/respond/describe-shared-link";
import { openInvitation } from "@/lib/diagnostic/respond/open-invitation";
import { openSharedLink } from "@/lib/diagnostic/respond/open-shared-link";
import { saveAnswers } from "@/lib/diagnostic/respond/save-answers";
import { stateSegment } from "@/lib/diagnostic/respond/state-segment";
import { submitResponse } from "@/lib/diagnostic/respond/submit-response";
import { createInvitations } from "./create-invitations";
import { createWave } from "./create-wave";
import { openWave } from "./open-wave";
import { listWaves } from "./list-waves";
import { waveParticipation } from "./get-wave-participation";

const DAY = 24 * 3600 * 1000;

describeOnEachDatabase("waves: audience and dates", (use) => {
  let owner: OrgAccess;
  let instrumentId: string;

  beforeEach(async () => {
    const { db } = use();
    owner = await makeOwnedOrganisation(db, "Wave Co");
    instrumentId = (await addInstrument(owner)).id;
    const ids: Record<string, string> = {};
    for (const [key, name] of [
      ["claims", "Claims"],
      ["contact", "Contact centre"],
      ["it", "IT"],
    ] as const) {
      ids[key] = (await db.department.create({ data: { organisationId: owner.organisation.id, key, name } })).id;
    }
    await db.role.create({
      data: {
        organisationId: owner.organisation.id,
        key: "handler",
        name: "Claims handler",
        departmentId: ids.claims!,
        customerFacing: true,
      },
    });
    await db.role.create({
      data: {
        organisationId: owner.organisation.id,
        key: "agent",
        name: "Agent",
        departmentId: ids.contact!,
        customerFacing: true,
      },
    });
  });

  it("asks only its audience: the shared link lists only those departments and roles, and refuses others", async () => {
    const { db } = use();
    const { id } = await createWave(owner, {
      name: "Claims only",
      instrumentId,
      audienceDepartments: ["claims", "contact"],
      audienceRoles: ["handler"],
      sharedLinkMode: "open",
    });
    const { sharedToken } = await openWave(owner, id);
    const link = await describeSharedLink(db, sharedToken);
    expect(link.departments.map((d) => d.key)).toEqual(["claims", "contact"]);
    expect(link.roles.map((r) => r.key)).toEqual(["handler"]);
    expect((await refusal(openSharedLink(db, sharedToken, { department: "it", level: "frontline" }))).field).toBe(
      "department",
    );
    expect((await refusal(openSharedLink(db, sharedToken, { role: "agent", level: "frontline" }))).field).toBe("role");
    await expect(
      openSharedLink(db, sharedToken, { department: "claims", role: "handler", level: "frontline" }),
    ).resolves.toMatchObject({ segment: { department: "claims" } });
    expect((await refusal(createInvitations(owner, id, { department: "it", count: 1 }))).field).toBe("department");
  });

  it("refuses an audience the organisation does not have, and a close date before the open date", async () => {
    expect((await refusal(createWave(owner, { name: "W", instrumentId, audienceDepartments: ["sales"] }))).field).toBe(
      "audienceDepartments",
    );
    expect((await refusal(createWave(owner, { name: "W", instrumentId, audienceRoles: ["ceo"] }))).field).toBe(
      "audienceRoles",
    );
    const opensAt = new Date(Date.now() + 10 * DAY);
    expect(
      (await refusal(createWave(owner, { name: "W", instrumentId, opensAt, closesAt: new Date(Date.now() + 5 * DAY) })))
        .field,
    ).toBe("closesAt");
  });

  it("takes answers only between its dates: a scheduled wave says when it opens, a past close date closes it", async () => {
    const { db } = use();
    const opensAt = new Date(Date.now() + 3 * DAY);
    const { id } = await createWave(owner, {
      name: "Later",
      instrumentId,
      opensAt,
      closesAt: new Date(Date.now() + 10 * DAY),
    });
    await openWave(owner, id);
    expect((await db.wave.findUniqueOrThrow({ where: { id } })).opensAt).toEqual(opensAt);
    const [token] = await createInvitations(owner, id, { count: 1 });
    const early = await refusal(openInvitation(db, token!));
    expect(early.status).toBe(410);
    expect(early.detail).toMatch(/opens on/);
    expect((await listWaves(owner))[0]).toMatchObject({ status: "open", phase: "scheduled" });

    // Now open, answered, then the close date passes before Submit.
    await db.wave.update({ where: { id }, data: { opensAt: new Date(Date.now() - DAY) } });
    await openInvitation(db, token!);
    await saveAnswers(db, token!, { answers: { "pr-defined-1": 4 } });
    await db.wave.update({ where: { id }, data: { closesAt: new Date(Date.now() - 1000) } });
    expect((await refusal(submitResponse(db, token!))).status).toBe(410);
    expect(await db.response.count({ where: { waveId: id } })).toBe(0);
    expect((await listWaves(owner))[0]).toMatchObject({ phase: "closed" });
  });

  it("reports participation from the participation record, never a count of fewer than k nor one that reveals it", async () => {
    const { db } = use();
    const { id } = await createWave(owner, { name: "Pulse", instrumentId, k: 3 });
    await openWave(owner, id);
    const claims = await createInvitations(owner, id, { department: "claims", level: "frontline", count: 6 });
    const contact = await createInvitations(owner, id, { department: "contact", level: "frontline", count: 5 });
    await createInvitations(owner, id, { department: "it", level: "leader", count: 2 });
    for (const token of [...claims.slice(0, 4), ...contact.slice(0, 4)]) {
      await openInvitation(db, token);
      await saveAnswers(db, token, { answers: { "pr-defined-1": 3 } });
      await submitResponse(db, token);
    }
    expect(await waveParticipation(owner, id, "department")).toEqual([
      { segment: "claims", invited: 6, answered: 4, hidden: null, rate: 66.7, flagged: false },
      { segment: "contact", invited: 5, answered: 4, hidden: null, rate: 80, flagged: false },
      { segment: "it", invited: 2, answered: null, hidden: "fewer than 3", rate: null, flagged: false },
    ]);
    // One answer in IT: claims and contact (8 of 9 answers) would now give IT's count by subtraction.
    const [it] = await createInvitations(owner, id, { department: "it", level: "leader", count: 1 });
    await openInvitation(db, it!);
    await submitResponse(db, it!);
    const byDepartment = await waveParticipation(owner, id, "department");
    expect(byDepartment.filter((p) => p.answered !== null).length).toBeLessThan(2);
    expect(byDepartment.find((p) => p.segment === "it")).toMatchObject({ answered: null, hidden: "fewer than 3" });
    // Levels too: the wave's total (9) less frontline (8) would be the one leader.
    expect((await waveParticipation(owner, id, "level")).map((p) => [p.segment, p.answered])).toEqual([
      ["leader", null],
      ["frontline", null],
    ]);
  });

  it("verifies a work address by default: a personal single-use link by mail, one answer per address, the address never with the answers", async () => {
    const { db } = use();
    await db.organisation.update({
      where: { id: owner.organisation.id },
      data: { workEmailDomains: ["wave.example"] },
    });
    const { id } = await createWave(owner, { name: "Verified", instrumentId });
    const { sharedToken } = await openWave(owner, id);
    expect((await describeSharedLink(db, sharedToken)).mode).toBe("verified");
    // No segment-first start on a verified link, and no address outside the organisation's domains.
    expect((await refusal(openSharedLink(db, sharedToken, { level: "frontline" }))).status).toBe(409);
    expect((await refusal(requestPersonalLink(db, sharedToken, { email: "someone@gmail.example" }))).field).toBe(
      "email",
    );
    await requestPersonalLink(db, sharedToken, { email: "Ana+survey@Wave.Example" });
    // Kept out of the organisation's outbox: its owners must not be able to answer as Ana.
    expect(await db.outboxMessage.count({ where: { organisationId: owner.organisation.id } })).toBe(0);
    const mails = await db.outboxMessage.findMany({ where: { to: "ana@wave.example" }, orderBy: { createdAt: "asc" } });
    expect(mails).toHaveLength(1);
    const token = /\/s\/([\w-]+)/.exec(mails[0]!.text)![1]!;
    const first = await openInvitation(db, token);
    expect(first).toMatchObject({
      kind: "choose-segment",
      departments: expect.arrayContaining([{ key: "claims", name: "Claims" }]),
    });
    await stateSegment(db, token, { role: "handler", level: "frontline" });
    await saveAnswers(db, token, { answers: { "pr-defined-1": 4 } });
    await submitResponse(db, token);
    // Asking again with the same mailbox gets a mail saying it has answered — and no new link.
    await requestPersonalLink(db, sharedToken, { email: "ana@wave.example" });
    const again = await db.outboxMessage.findMany({ where: { to: "ana@wave.example" }, orderBy: { createdAt: "asc" } });
    expect(again).toHaveLength(2);
    expect(again[1]!.subject).toMatch(/already answered/);
    expect(again[1]!.text).not.toMatch(/\/s\//);
    expect(await db.waveInvitation.count({ where: { waveId: id, email: "ana@wave.example", submitted: true } })).toBe(
      1,
    );
    // The ballot carries the stated segment only.
    await db.wave.update({ where: { id }, data: { status: "closed" } });
    expect(await db.ballot.count({ where: { waveId: id } })).toBe(1);
  });

  it("admits one answer per browser on an open shared link: the same browser resumes, then is refused once it has answered", async () => {
    const { db } = use();
    const { id } = await createWave(owner, { name: "Poster", instrumentId, sharedLinkMode: "open" });
    const { sharedToken } = await openWave(owner, id);
    const started = await openSharedLink(db, sharedToken, { role: "agent", level: "frontline" });
    expect(started.segment).toEqual({ department: "contact", role: "agent", level: "frontline" });
    const resumed = await openSharedLink(db, sharedToken, { level: "leader" }, started.sessionToken);
    expect(resumed.sessionToken).toBe(started.sessionToken);
    await submitResponse(db, started.sessionToken);
    expect((await refusal(openSharedLink(db, sharedToken, { level: "leader" }, started.sessionToken))).detail).toMatch(
      /already answered/,
    );
    // A role of another department is refused, not filed under the wrong one.
    expect(
      (await refusal(openSharedLink(db, sharedToken, { department: "claims", role: "agent", level: "frontline" })))
        .field,
    ).toBe("role");
  });
});
