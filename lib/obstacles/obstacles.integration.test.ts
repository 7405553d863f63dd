import { randomUUID } from "node:crypto";
import { beforeEach, expect, it, vi } from "vitest";
import { resolveOrgAccess, type OrgAccess } from "@/lib/access/org-access";
import type { Actor } from "@/lib/auth/actor";
import { refusal } from "@/lib/test-support/expectations";
import { joinOrganisation, makeOwnedOrganisation, makeUser } from "@/lib/test-support/fixtures";
import { describeOnEachDatabase } from "@/lib/test-support/test-databases";
import { answerObstacle } from "./answer-obstacle";
import { emptyObstacleBox, OBSTACLE_BATCH } from "./ballot-box/empty-obstacle-box";
import { describeObstacleLink } from "./describe-obstacle-link";
import { memberObstacleReportInput, obstacleReportInput, obstacleTriageInput, triageChoicesQuery } from "./input";
import { listObstacles } from "./list-obstacles";
import { obstacleLinkOf, renewObstacleLink } from "./obstacle-link-of";
import { paperworkPiles } from "./paperwork-pile";
import { readReceipt } from "./read-receipt";
import { reportObstacle } from "./report-obstacle";
import { reportObstacleByLink } from "./report-obstacle-by-link";
import { FOUND, LISTED, searchTriageChoices } from "./search-triage-choices";
import { triageObstacle } from "./triage-obstacle";

const tokenOf = (link: string) => link.split("/").at(-1)!;

describeOnEachDatabase("obstacle reports", (use) => {
  let owner: OrgAccess;
  let ids: { service: string; contact: string; billing: string; claim: string };
  const as = async (actor: Actor) => resolveOrgAccess(use().db, actor, owner.organisation.slug, "organisation:read");
  const member = async (role: "department_head" | "executive" | "viewer", departments: string[] = []) => {
    const user = await makeUser(use().db, `A ${role}`);
    await joinOrganisation(owner, user, role, departments);
    return { user, access: await as(user) };
  };
  const report = obstacleReportInput.parse({
    kind: "form",
    title: "The paper claim form",
    effect: "Customers print, sign and post it, and wait two weeks before anyone reads it.",
    stage: "claim",
  });

  beforeEach(async () => {
    const { db } = use();
    owner = await makeOwnedOrganisation(db, "Harbour Insurance");
    const organisationId = owner.organisation.id;
    const service = await db.department.create({ data: { organisationId, key: "service", name: "Service" } });
    const contact = await db.department.create({
      data: { organisationId, key: "contact", name: "Contact centre", parentId: service.id },
    });
    const billing = await db.department.create({ data: { organisationId, key: "billing", name: "Billing" } });
    const claim = await db.stage.create({ data: { organisationId, key: "claim", name: "Claim", position: 0 } });
    const role = await db.role.create({
      data: { organisationId, key: "agent", name: "Agent", departmentId: contact.id, customerFacing: true },
    });
    await db.behaviour.create({
      data: { organisationId, key: "own-the-claim", roleId: role.id, stageId: claim.id, action: "Owns the claim" },
    });
    await db.process.create({
      data: { organisationId, key: "paper-forms", name: "Paper forms", departmentId: billing.id },
    });
    ids = { service: service.id, contact: contact.id, billing: billing.id, claim: claim.id };
  });

  /** Every column of the report's row, as text, through SQL — what a database administrator sees. */
  const rowAsText = async (id: string) => {
    const rows = await use().db.$queryRawUnsafe<Record<string, unknown>[]>(
      `SELECT * FROM "ObstacleReport" WHERE "id" = $1`,
      id,
    );
    expect(rows).toHaveLength(1);
    return { row: rows[0]!, text: JSON.stringify(rows[0]) };
  };

  /** Every ballot of the box, through SQL — what a database administrator sees of reports not yet listed. */
  const ballotsAsText = async () =>
    (
      await use().db.$queryRawUnsafe<Record<string, unknown>[]>(
        `SELECT *, encode("sealed", 'escape') AS opened FROM "ObstacleBallot" WHERE "organisationId" = $1`,
        owner.organisation.id,
      )
    ).map((row) => ({ row, text: JSON.stringify(row) }));

  const nextWeek = () => new Date(Date.now() + 7 * 86_400_000);
  const waitingIn = (organisationId: string) => use().db.obstacleBallot.count({ where: { organisationId } });
  /**
   * Anonymous reports through the link, then reports of no stage ("Filler n") to make a batch, and the box
   * emptied as it will be next week — until nothing waits.
   */
  const reportListed = async (token: string, reports: (typeof report)[]) => {
    const { db } = use();
    const organisationId = owner.organisation.id;
    const receipts: string[] = [];
    for (const one of reports) receipts.push((await reportObstacleByLink(db, token, one)).receipt);
    for (let n = 0; (await waitingIn(organisationId)) > 0;) {
      while ((await waitingIn(organisationId)) < OBSTACLE_BATCH)
        await reportObstacleByLink(db, token, { ...report, stage: undefined, title: `Filler ${n++}` });
      await emptyObstacleBox(db, organisationId, nextWeek());
    }
    return receipts;
  };
  const isFiller = (title: string) => title.startsWith("Filler ");

  it("takes an anonymous report through the link into the ballot box, and lists it with others, keeping nothing that joins it to a person", async () => {
    const { db } = use();
    expect(await obstacleLinkOf(owner)).toBeNull();
    const { link } = await renewObstacleLink(owner);
    expect(await obstacleLinkOf(owner)).toBe(link);
    expect(link).toMatch(/\/s\/o\/[\w-]{43}$/);
    expect(await describeObstacleLink(db, tokenOf(link))).toEqual({
      organisation: "Harbour Insurance",
      stages: [{ key: "claim", name: "Claim" }],
    });
    const auditBefore = await db.auditEvent.count();
    const { receipt } = await reportObstacleByLink(db, tokenOf(link), report);
    expect(receipt).toMatch(/\/s\/r\/[\w-]{32}$/);

    // Waiting: not listed yet (nor counted: a count rising as each comes in would tell when), its receipt says so.
    expect(await db.obstacleReport.count({ where: { organisationId: owner.organisation.id } })).toBe(0);
    expect(await readReceipt(db, tokenOf(receipt))).toEqual({
      organisation: "Harbour Insurance",
      status: "waiting",
      answer: null,
    });
    expect(await listObstacles(owner)).toMatchObject({ triage: [], moreToTriage: 0 });
    // The ballot: a random id, the organisation, sealed bytes and the week's Monday — no word of the report, no
    // finer time, no receipt.
    const [ballot] = await ballotsAsText();
    expect(Object.keys(ballot!.row).sort()).toEqual([
      "id",
      "opened",
      "organisationId",
      "sealed",
      "waitingHash",
      "week",
    ]);
    expect(new Date(ballot!.row.week as Date).getUTCDay()).toBe(1);
    for (const words of ["paper claim", "two weeks", ids.claim, tokenOf(receipt)])
      expect(ballot!.text).not.toContain(words);

    // A second report, ten times as long: its ballot is the same size (the length would pair it with its report).
    await reportObstacleByLink(db, tokenOf(link), { ...report, title: "Form B", effect: report.effect.repeat(10) });
    const sizes = await db.$queryRawUnsafe<{ bytes: number }[]>(
      `SELECT DISTINCT octet_length("sealed") AS bytes FROM "ObstacleBallot" WHERE "organisationId" = $1`,
      owner.organisation.id,
    );
    expect(sizes).toHaveLength(1);

    // Three more make five, but they wait for their week to end: joining the list as the fifth came would tell
    // whoever keeps four of their own waiting the moment the fifth was sent.
    for (const title of ["Form C", "Form D", "Form E"])
      await reportObstacleByLink(db, tokenOf(link), { ...report, title });
    expect(await waitingIn(owner.organisation.id)).toBe(5);
    expect((await listObstacles(owner)).triage).toEqual([]);
    // Next week the five join the list together, and the box is empty.
    expect(await emptyObstacleBox(db, owner.organisation.id, nextWeek())).toBe(5);
    expect(await waitingIn(owner.organisation.id)).toBe(0);
    const stored = await db.obstacleReport.findFirstOrThrow({
      where: { organisationId: owner.organisation.id, title: report.title },
    });
    const { row, text } = await rowAsText(stored.id);
    // The columns are exactly these: none for a member, a session, an address, a user agent or a time.
    expect(Object.keys(row).sort()).toEqual(
      [
        "answer",
        "departmentId",
        "effect",
        "id",
        "kind",
        "mergedIntoId",
        "organisationId",
        "outcome",
        "receiptHash",
        "reportedWeek",
        "reporterId",
        "stageId",
        "status",
        "title",
      ].sort(),
    );
    expect(row).toMatchObject({ reporterId: null, departmentId: null, stageId: ids.claim });
    // A random id (a cuid starts with its time), the week's Monday only, and the receipt's hash, not the receipt
    // nor the hash its ballot was found by.
    expect(stored.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(stored.id).not.toBe(ballot!.row.id);
    expect(stored.reportedWeek.getUTCDay()).toBe(1);
    expect(stored.reportedWeek.getTime() % 86_400_000).toBe(0);
    expect(text).not.toContain(tokenOf(receipt));
    expect(text).not.toContain(String(ballot!.row.waitingHash));
    expect(await readReceipt(db, tokenOf(receipt))).toMatchObject({ status: "open" });
    expect(await db.auditEvent.count()).toBe(auditBefore);
  });

  it("keeps nothing of a member who reports without their name, and their receipt is their way back", async () => {
    const { db } = use();
    const { user, access } = await member("viewer");
    const sessionRow = await db.authSession.create({
      data: { userId: user.id, expiresAt: new Date(Date.now() + 3_600_000) },
    });
    const auditBefore = await db.auditEvent.count();
    const { receipt } = await reportObstacle(
      access,
      memberObstacleReportInput.parse({ ...report, named: false, department: "billing" }),
    );
    expect(receipt).toMatch(/\/s\/r\//);
    const [ballot] = await ballotsAsText();
    for (const trace of [user.id, user.email, user.name, access.membership.id, sessionRow.id, ids.billing])
      expect(ballot!.text).not.toContain(trace);
    await reportListed(tokenOf((await renewObstacleLink(owner)).link), []);
    const stored = await db.obstacleReport.findFirstOrThrow({
      where: { organisationId: owner.organisation.id, title: report.title },
    });
    // Whose work they said it is comes through the box; who they are does not.
    expect(stored.departmentId).toBe(ids.billing);
    const { text } = await rowAsText(stored.id);
    for (const trace of [user.id, user.email, user.name, access.membership.id, sessionRow.id]) {
      expect(text).not.toContain(trace);
    }
    expect(await db.auditEvent.count()).toBe(auditBefore + 1); // the link renewed, nothing of the report
    // Not "theirs" on the page either: nothing links it to them.
    expect((await listObstacles(access)).mine).toEqual([]);
    expect(await readReceipt(db, tokenOf(receipt!))).toEqual({
      organisation: "Harbour Insurance",
      status: "open",
      answer: null,
    });
  });

  it("withstands a database administrator: no transaction id, physical order or week pairs a report with the member who sent it", async () => {
    const { db } = use();
    const reporters = await Promise.all(
      Array.from({ length: 4 * OBSTACLE_BATCH }, async (_, i) => ({ i, ...(await member("viewer")) })),
    );
    for (const { i, user, access } of reporters) {
      // The member's other writes around their report, as signing in and working would leave.
      await db.authSession.create({ data: { userId: user.id, expiresAt: new Date(Date.now() + 3_600_000) } });
      await reportObstacle(access, memberObstacleReportInput.parse({ ...report, title: `Report ${i}`, named: false }));
      await db.stage.update({ where: { id: ids.claim }, data: { name: `Claim ${i}` } });
    }
    await emptyObstacleBox(db, owner.organisation.id, nextWeek());
    expect(await waitingIn(owner.organisation.id)).toBe(0);
    const reports = await db.$queryRawUnsafe<{ title: string; xmin: string; week: string }[]>(
      `SELECT "title", xmin::text AS xmin, "reportedWeek"::text AS week FROM "ObstacleReport" WHERE "organisationId" = $1 ORDER BY ctid`,
      owner.organisation.id,
    );
    expect(reports).toHaveLength(4 * OBSTACLE_BATCH);
    // Transaction ids: none is a session's, a membership's or the stage's (the reporters' other writes); each
    // is shared by a whole batch.
    const others = await db.$queryRawUnsafe<{ xmin: string }[]>(
      `SELECT xmin::text AS xmin FROM "AuthSession" UNION SELECT xmin::text FROM "Membership" UNION SELECT xmin::text FROM "Stage"`,
    );
    const otherXmins = new Set(others.map((r) => r.xmin));
    expect(reports.filter((r) => otherXmins.has(r.xmin))).toEqual([]);
    const perTransaction = new Map<string, number>();
    for (const r of reports) perTransaction.set(r.xmin, (perTransaction.get(r.xmin) ?? 0) + 1);
    expect(Math.min(...perTransaction.values())).toBeGreaterThanOrEqual(OBSTACLE_BATCH);
    // One week per batch: no report's week tells it from the others it joined the list with.
    const weeks = new Map<string, Set<string>>();
    for (const r of reports) weeks.set(r.xmin, (weeks.get(r.xmin) ?? new Set()).add(r.week));
    expect([...weeks.values()].every((w) => w.size === 1)).toBe(true);
    // Physical order: guessing "the n-th row is the n-th report" is right about as often as chance (one
    // in a batch; all twenty right has odds of 1 in 120⁴), not for every row as when written as sent.
    const rightGuesses = reports.filter((r, position) => r.title === `Report ${position}`).length;
    expect(rightGuesses).toBeLessThan(4 * OBSTACLE_BATCH);
    // The box was vacuumed: its removed rows are gone from the table's pages, not only hidden.
    const [size] = await db.$queryRawUnsafe<{ bytes: number }[]>(
      `SELECT pg_relation_size('"ObstacleBallot"')::int AS bytes`,
    );
    expect(size?.bytes).toBe(0);
  });

  it("takes simultaneous anonymous reports into the box and lists them in one batch: none lost, none alone", async () => {
    const { db } = use();
    const token = tokenOf((await renewObstacleLink(owner)).link);
    const other = await makeOwnedOrganisation(db, "Other Co");
    await reportObstacleByLink(db, tokenOf((await renewObstacleLink(other)).link), { ...report, stage: undefined });
    // Nine at once: on PostgreSQL their transactions overlap, and each asks for the box to be emptied.
    const receipts = await Promise.all(
      Array.from({ length: 9 }, (_, i) => reportObstacleByLink(db, token, { ...report, title: `Form ${i}` })),
    );
    expect(await waitingIn(owner.organisation.id)).toBe(9);
    // Next week, three readers at once (and the other organisation's reader): the nine join in one batch.
    await Promise.all([
      ...Array.from({ length: 3 }, () => emptyObstacleBox(db, owner.organisation.id, nextWeek())),
      emptyObstacleBox(db, other.organisation.id, nextWeek()),
    ]);
    const listed = await db.$queryRawUnsafe<{ xmin: string }[]>(
      `SELECT xmin::text AS xmin FROM "ObstacleReport" WHERE "organisationId" = $1`,
      owner.organisation.id,
    );
    expect(listed).toHaveLength(9);
    expect(new Set(listed.map((r) => r.xmin)).size).toBe(1);
    expect(await waitingIn(owner.organisation.id)).toBe(0);
    const statuses = await Promise.all(receipts.map(async (r) => (await readReceipt(db, tokenOf(r.receipt))).status));
    expect(new Set(statuses)).toEqual(new Set(["open"]));
    // The other organisation's one report is no batch: it still waits in its own box.
    expect(await waitingIn(other.organisation.id)).toBe(1);
    expect(await db.obstacleReport.count({ where: { organisationId: other.organisation.id } })).toBe(0);
  });

  it("drops a report sealed with a key the app no longer has, and lists the others: it never stops the box", async () => {
    const { db } = use();
    const token = tokenOf((await renewObstacleLink(owner)).link);
    const kept = process.env.BALLOT_SECRET;
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    try {
      process.env.BALLOT_SECRET = "the secret before it was changed";
      await reportObstacleByLink(db, token, { ...report, title: "Sealed with the old key" });
      process.env.BALLOT_SECRET = "the secret after it was changed";
      const receipts = await reportListed(token, [report]);
      expect(await readReceipt(db, tokenOf(receipts[0]!))).toMatchObject({ status: "open" });
      expect(logged).toHaveBeenCalledWith(
        expect.stringMatching(/^1 anonymous obstacle reports? .*could not be opened/),
      );
    } finally {
      if (kept === undefined) delete process.env.BALLOT_SECRET;
      else process.env.BALLOT_SECRET = kept;
      logged.mockRestore();
    }
    const titles = (await listObstacles(owner)).triage!.map((r) => r.title);
    expect(titles).toContain(report.title);
    expect(titles).not.toContain("Sealed with the old key");
    expect(await waitingIn(owner.organisation.id)).toBe(0);
  });

  it("lists a report whose stage was removed while it waited, without the stage", async () => {
    const { db } = use();
    const token = tokenOf((await renewObstacleLink(owner)).link);
    const pay = await db.stage.create({
      data: { organisationId: owner.organisation.id, key: "pay", name: "Pay", position: 1 },
    });
    await reportObstacleByLink(db, token, { ...report, stage: "pay" });
    await db.stage.delete({ where: { id: pay.id } });
    await reportListed(token, []);
    const stored = await db.obstacleReport.findFirstOrThrow({
      where: { organisationId: owner.organisation.id, title: report.title },
    });
    expect(stored.stageId).toBeNull();
  });

  it("records a named member's report (and its audit event) and shows it, with the answer, on their page", async () => {
    const { db } = use();
    const { user, access } = await member("viewer");
    const { receipt } = await reportObstacle(
      access,
      memberObstacleReportInput.parse({ ...report, named: true, department: "billing" }),
    );
    expect(receipt).toBeNull();
    const stored = await db.obstacleReport.findFirstOrThrow({ where: { organisationId: owner.organisation.id } });
    expect(stored.reporterId).toBe(access.membership.id);
    expect(stored.departmentId).toBe(ids.billing);
    expect(
      await db.auditEvent.count({ where: { action: "obstacle.reported", subjectId: stored.id, actorId: user.id } }),
    ).toBe(1);
    await answerObstacle(owner, stored.id, { answer: "We are moving the claim form online this quarter." });
    const [mine] = (await listObstacles(access)).mine;
    expect(mine).toMatchObject({ title: report.title, answer: "We are moving the claim form online this quarter." });
    expect((await listObstacles(owner)).triage?.[0]?.reporter).toBe("A viewer");
  });

  it("stops the old link when a new one is made; wrong tokens and other organisations' tokens reach nothing here", async () => {
    const { db } = use();
    const first = tokenOf((await renewObstacleLink(owner)).link);
    const second = tokenOf((await renewObstacleLink(owner)).link);
    expect(second).not.toBe(first);
    expect((await refusal(reportObstacleByLink(db, first, report))).status).toBe(404);
    expect((await refusal(describeObstacleLink(db, first))).status).toBe(404);
    // One character changed (never the same one: that would be the link itself).
    const altered = second.slice(0, -1) + (second.endsWith("A") ? "B" : "A");
    expect((await refusal(reportObstacleByLink(db, altered, report))).status).toBe(404);
    await reportObstacleByLink(db, second, report);
    const other = await makeOwnedOrganisation(db, "Other Co");
    const otherToken = tokenOf((await renewObstacleLink(other)).link);
    // Another organisation's link files into that organisation, never this one, and knows none of its stages.
    expect((await refusal(reportObstacleByLink(db, otherToken, report))).status).toBe(400);
    await reportObstacleByLink(db, otherToken, { ...report, stage: undefined });
    expect(await db.obstacleBallot.count({ where: { organisationId: owner.organisation.id } })).toBe(1);
    expect(await db.obstacleBallot.count({ where: { organisationId: other.organisation.id } })).toBe(1);
    expect((await refusal(readReceipt(db, "not-a-receipt"))).status).toBe(404);
    expect(
      await db.auditEvent.count({ where: { action: "obstacle_link.renewed", organisationId: owner.organisation.id } }),
    ).toBe(2);
  });

  it("triages a report into a process in one transaction, answers the reporter, and refuses a second triage", async () => {
    const { db } = use();
    const { link } = await renewObstacleLink(owner);
    const [receipt] = await reportListed(tokenOf(link), [report]);
    const id = (
      await db.obstacleReport.findFirstOrThrow({
        where: { organisationId: owner.organisation.id, title: report.title },
      })
    ).id;
    const result = await triageObstacle(
      owner,
      id,
      obstacleTriageInput.parse({
        outcome: "process",
        name: "Paper claim form",
        department: "contact",
        answer: "Thank you — we have put it on the list to replace.",
      }),
    );
    expect(result).toEqual({ status: "accepted", outcome: "process:paper-claim-form" });
    expect(
      await db.process.findFirst({ where: { organisationId: owner.organisation.id, key: "paper-claim-form" } }),
    ).toMatchObject({ name: "Paper claim form", departmentId: ids.contact });
    expect(await readReceipt(db, tokenOf(receipt!))).toEqual({
      organisation: "Harbour Insurance",
      status: "accepted",
      answer: "Thank you — we have put it on the list to replace.",
    });
    const events = await db.auditEvent.findMany({
      where: { organisationId: owner.organisation.id, action: { in: ["process.created", "obstacle.triaged"] } },
    });
    expect(events.map((e) => e.action).sort()).toEqual(["obstacle.triaged", "process.created"]);
    // No audit event of the report names anyone but the member who triaged it.
    const aboutReport = await db.auditEvent.findMany({ where: { subjectId: id } });
    expect(aboutReport.every((e) => e.actorId === owner.actor.id)).toBe(true);
    const again = await refusal(
      triageObstacle(owner, id, obstacleTriageInput.parse({ outcome: "decline", answer: "Nope" })),
    );
    expect(again.status).toBe(409);
  });

  it("turns a report into an obstructs influence whose rationale is the report, and merges and declines others", async () => {
    const { db } = use();
    const { link } = await renewObstacleLink(owner);
    const token = tokenOf(link);
    const [, twinReceipt] = await reportListed(token, [
      report,
      { ...report, title: "Claim form by post" },
      { ...report, title: "Hold music", kind: "system" },
    ]);
    const byTitle = async (title: string) =>
      (await db.obstacleReport.findFirstOrThrow({ where: { organisationId: owner.organisation.id, title } })).id;
    const main = await byTitle(report.title);
    await triageObstacle(
      owner,
      main,
      obstacleTriageInput.parse({
        outcome: "influence",
        source: "process:paper-forms",
        behaviour: "own-the-claim",
        answer: "Mapped: paper forms keep agents from owning the claim.",
      }),
    );
    const influence = await db.influence.findFirstOrThrow({ where: { organisationId: owner.organisation.id } });
    expect(influence).toMatchObject({ effect: "obstructs", strength: 2 });
    expect(influence.why).toBe(`Reported obstacle “${report.title}”: ${report.effect}`);
    await triageObstacle(
      owner,
      await byTitle("Claim form by post"),
      obstacleTriageInput.parse({ outcome: "merge", into: main }),
    );
    expect(await readReceipt(db, tokenOf(twinReceipt!))).toMatchObject({
      status: "merged",
      answer: "Mapped: paper forms keep agents from owning the claim.",
    });
    await triageObstacle(
      owner,
      await byTitle("Hold music"),
      obstacleTriageInput.parse({ outcome: "decline", answer: "The hold music was replaced last month." }),
    );
    expect(obstacleTriageInput.safeParse({ outcome: "decline" }).success).toBe(false);
    const statuses = (await listObstacles(owner))
      .triage!.filter((r) => !isFiller(r.title))
      .map((r) => [r.title, r.status]);
    expect(statuses).toEqual([
      [report.title, "accepted"],
      ["Claim form by post", "merged"],
      ["Hold music", "declined"],
    ]);
    // Nothing open any more at a stage (the fillers have none): the room's paperwork pile is empty.
    expect(await paperworkPiles(owner)).toEqual(new Map());
  });

  it("refuses merging into itself, into a merged report or into another organisation's report", async () => {
    const { db } = use();
    const token = tokenOf((await renewObstacleLink(owner)).link);
    await reportListed(token, [report, { ...report, title: "Twin" }, { ...report, title: "Triplet" }]);
    const [a, b, c] = await Promise.all(
      [report.title, "Twin", "Triplet"].map(
        async (title) =>
          (await db.obstacleReport.findFirstOrThrow({ where: { organisationId: owner.organisation.id, title } })).id,
      ),
    );
    expect((await refusal(triageObstacle(owner, a!, { outcome: "merge", into: a! }))).field).toBe("into");
    await triageObstacle(owner, b!, { outcome: "merge", into: a! });
    expect((await refusal(triageObstacle(owner, c!, { outcome: "merge", into: b! }))).field).toBe("into");
    const other = await makeOwnedOrganisation(db, "Other Co");
    const theirs = (
      await db.obstacleReport.create({
        data: {
          id: randomUUID(),
          organisationId: other.organisation.id,
          kind: "form",
          title: "Theirs",
          effect: "Another organisation's report.",
          reportedWeek: new Date("2026-11-30"),
        },
      })
    ).id;
    expect((await refusal(triageObstacle(owner, c!, { outcome: "merge", into: theirs }))).status).toBe(400);
    // And the other organisation's owner reaches none of this organisation's reports.
    expect((await refusal(triageObstacle(other, c!, { outcome: "decline", answer: "Not ours" }))).status).toBe(404);
    expect((await refusal(answerObstacle(other, c!, { answer: "Not ours" }))).status).toBe(404);
    expect((await db.obstacleReport.findUniqueOrThrow({ where: { id: c! } })).status).toBe("open");
  });

  it("lets a head triage only their departments' reports, and rolls the claim back when the inventory refuses", async () => {
    const { db } = use();
    const { access: head } = await member("department_head", [ids.service]);
    const { access: executive } = await member("executive");
    const { access: viewer } = await member("viewer");
    const token = tokenOf((await renewObstacleLink(owner)).link);
    await reportListed(token, [report]);
    const id = (
      await db.obstacleReport.findFirstOrThrow({
        where: { organisationId: owner.organisation.id, title: report.title },
      })
    ).id;
    const decline = obstacleTriageInput.parse({ outcome: "decline", answer: "Not now, sorry." });
    // Unassigned: the owners'.
    expect((await listObstacles(head)).triage).toEqual([]);
    expect((await refusal(triageObstacle(head, id, decline))).status).toBe(403);
    expect((await refusal(answerObstacle(head, id, { answer: "Hello" }))).status).toBe(403);
    // A head cannot hand a report to a department, even their own.
    await answerObstacle(owner, id, { department: "billing" });
    expect((await refusal(answerObstacle(head, id, { department: "contact" }))).status).toBe(403);
    expect((await refusal(triageObstacle(head, id, decline))).status).toBe(403);
    await answerObstacle(owner, id, { department: "contact" });
    expect((await listObstacles(head)).triage!.map((r) => r.id)).toEqual([id]);
    // Into a process of a department outside their reach: refused, and the report stays open.
    const outside = obstacleTriageInput.parse({ outcome: "process", name: "Billing forms", department: "billing" });
    expect((await refusal(triageObstacle(head, id, outside))).status).toBe(403);
    // A system is the owners' to add.
    expect((await refusal(triageObstacle(head, id, { outcome: "system", name: "Claims portal" }))).status).toBe(403);
    expect((await db.obstacleReport.findUniqueOrThrow({ where: { id } })).status).toBe("open");
    expect(await db.process.count({ where: { organisationId: owner.organisation.id, key: "billing-forms" } })).toBe(0);
    for (const access of [executive, viewer]) {
      expect((await refusal(triageObstacle(access, id, decline))).status).toBe(403);
      expect((await refusal(renewObstacleLink(access))).status).toBe(403);
      expect((await listObstacles(access)).triage).toBeNull();
    }
    expect((await refusal(renewObstacleLink(head))).status).toBe(403);
    // Nor merge it into a report outside their reach (the owners' unassigned one).
    await reportListed(token, [{ ...report, title: "Unassigned twin" }]);
    const unassigned = (
      await db.obstacleReport.findFirstOrThrow({
        where: { organisationId: owner.organisation.id, title: "Unassigned twin" },
      })
    ).id;
    expect((await refusal(triageObstacle(head, id, { outcome: "merge", into: unassigned }))).field).toBe("into");
    await answerObstacle(head, id, { answer: "We will look at it in the contact centre." });
    await triageObstacle(head, id, { outcome: "process", name: "Claim form", department: "contact" });
    expect((await db.obstacleReport.findUniqueOrThrow({ where: { id } })).status).toBe("accepted");
  });

  it("piles each stage's open reports for the customer room: the count and the titles, nobody's name", async () => {
    const { db } = use();
    const token = tokenOf((await renewObstacleLink(owner)).link);
    await reportListed(token, [
      ...["Form A", "Form B", "Form C", "Form D", "Form E"].map((title) => ({ ...report, title })),
      { ...report, title: "No stage", stage: undefined },
    ]);
    const pile = (await paperworkPiles(owner)).get("claim");
    expect(pile?.count).toBe(5);
    expect(pile?.titles).toEqual(["Form A", "Form B", "Form C", "Form D"]);
    expect((await refusal(reportObstacleByLink(db, token, { ...report, stage: "nowhere" }))).field).toBe("stage");
  });

  it("finds what the triage form offers by words, in the organisation only, for those who triage", async () => {
    const { db } = use();
    const organisationId = owner.organisation.id;
    const search = (access: OrgAccess, query: Record<string, string>) =>
      searchTriageChoices(access, triageChoicesQuery.parse(query));
    await db.system.createMany({
      data: Array.from({ length: LISTED + 5 }, (_, i) => ({
        organisationId,
        key: `s${i}`,
        name: `Legacy system ${String(i).padStart(2, "0")}`,
      })),
    });
    await db.process.create({ data: { organisationId, key: "half", name: "50% refunds", departmentId: ids.billing } });
    await db.process.create({ data: { organisationId, key: "five", name: "5 refunds", departmentId: ids.billing } });
    const billing = await db.role.create({
      data: { organisationId, key: "clerk", name: "Billing clerk", departmentId: ids.billing, customerFacing: false },
    });
    const other = await db.stage.create({ data: { organisationId, key: "pay", name: "Pay", position: 1 } });
    await db.behaviour.createMany({
      data: [
        { organisationId, key: "owns-bill", roleId: billing.id, stageId: other.id, action: "Owns the bill" },
        {
          organisationId,
          key: "old-way",
          roleId: billing.id,
          stageId: ids.claim,
          action: "Owns the claim the old way",
          status: "retired",
        },
      ],
    });
    const elsewhere = await makeOwnedOrganisation(db, "Elsewhere");
    await db.process.create({
      data: {
        organisationId: elsewhere.organisation.id,
        key: "paper",
        name: "Paper forms elsewhere",
        departmentId: (
          await db.department.create({
            data: { organisationId: elsewhere.organisation.id, key: "x", name: "X" },
          })
        ).id,
      },
    });

    // Sources: processes, systems and KPIs by name, each kind said; every word must be in the name.
    expect(await search(owner, { for: "source", q: "paper FORMS" })).toEqual({
      choices: [{ key: "process:paper-forms", name: "Process: Paper forms" }],
      more: false,
    });
    // LIKE's wildcards are plain characters.
    expect((await search(owner, { for: "source", q: "0%" })).choices.map((c) => c.key)).toEqual(["process:half"]);
    expect((await search(owner, { for: "source", q: "_" })).choices).toEqual([]);
    // Twenty for words, fifty with none; more says there are others to narrow down to.
    const legacy = await search(owner, { for: "source", q: "legacy" });
    expect(legacy.choices).toHaveLength(FOUND);
    expect(legacy.choices[0]).toEqual({ key: "system:s0", name: "System: Legacy system 00" });
    expect(legacy.more).toBe(true);
    const all = await search(owner, { for: "source" });
    expect([all.choices.length, all.more]).toEqual([LISTED, true]);
    expect((await search(owner, { for: "source", q: "system 54" })).more).toBe(false);

    // Behaviours: by what people do or the role's name, with the role and the stage; none retired.
    const owns = await search(owner, { for: "behaviour", q: "owns" });
    expect(owns.choices).toEqual([
      { key: "own-the-claim", name: "Agent · Claim: Owns the claim" },
      { key: "owns-bill", name: "Billing clerk · Pay: Owns the bill" },
    ]);
    expect((await search(owner, { for: "behaviour", q: "owns", stage: "pay" })).choices.map((c) => c.key)).toEqual([
      "owns-bill",
    ]);
    expect((await search(owner, { for: "behaviour", q: "billing bill" })).choices.map((c) => c.key)).toEqual([
      "owns-bill",
    ]);

    // A head triages (in their departments) and so may search; executives and viewers may not.
    const { access: head } = await member("department_head", [ids.contact]);
    expect((await search(head, { for: "behaviour", q: "claim" })).choices.map((c) => c.key)).toEqual(["own-the-claim"]);
    for (const role of ["executive", "viewer"] as const) {
      const { access } = await member(role);
      expect((await refusal(search(access, { for: "source", q: "paper" }))).status).toBe(403);
    }
    // Another organisation's inventory is not found.
    expect((await search(elsewhere, { for: "source", q: "paper" })).choices).toEqual([
      { key: "process:paper", name: "Process: Paper forms elsewhere" },
    ]);
    expect((await search(owner, { for: "source", q: "elsewhere" })).choices).toEqual([]);
  });
});
