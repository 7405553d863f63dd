import { beforeEach, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { createOrganisation } from "@/lib/organisations/create-organisation";
import { resolveOrgAccess, type OrgAccess } from "@/lib/access/org-access";
import { refusal } from "@/lib/test-support/expectations";
import { joinOrganisation, makeUser } from "@/lib/test-support/fixtures";
import { describeOnEachDatabase } from "@/lib/test-support/test-databases";
import { anonymityOptions } from "./rules/anonymity";
import { BALLOT_BATCH, emptyBallotBox } from "./ballot-box/empty-ballot-box";
import { DEFAULT_INSTRUMENT } from "./default-instrument";
import { describeSharedLink } from "@/lib/diagnostic/respond/describe-shared-link";
import { openInvitation } from "@/lib/diagnostic/respond/open-invitation";
import { saveAnswers } from "@/lib/diagnostic/respond/save-answers";
import { submitResponse } from "@/lib/diagnostic/respond/submit-response";
import { getWaveResults, type WaveResults } from "@/lib/diagnostic/results/get-wave-results";
import { scoreResults, type Results } from "./score-results";
import type { DiagnosticResponse, Level } from "./rules/scoring";
import { importResponses } from "./waves/import-responses";
import { addInstrument } from "@/lib/diagnostic/instruments/add-instrument";
import { closeWave } from "@/lib/diagnostic/waves/close-wave";
import { createInvitations } from "@/lib/diagnostic/waves/create-invitations";
import { createWave } from "@/lib/diagnostic/waves/create-wave";
import { openWave } from "@/lib/diagnostic/waves/open-wave";
import { publishSnapshot } from "@/lib/diagnostic/waves/publish-snapshot";
import { renewSharedLink } from "@/lib/diagnostic/waves/renew-shared-link";
import type { WaveStructure } from "./disclosure/wave-structure";

function seededRandom(seed: number) {
  let state = seed;
  return () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
}

/** The organisation of these tests: departments (one nested) and a role in each. */
const STRUCTURE: WaveStructure = {
  departments: [
    { key: "service", parent: null },
    { key: "claims", parent: "service" },
    { key: "contact", parent: "service" },
    { key: "billing", parent: null },
    { key: "it", parent: null },
    { key: "hr", parent: null },
  ],
  roles: [
    { key: "handler", department: "claims" },
    { key: "agent", department: "contact" },
    { key: "clerk", department: "billing" },
    { key: "developer", department: "it" },
    { key: "recruiter", department: "hr" },
  ],
};

/** Random but realistic: leaders answer higher than the frontline, some don't-knows and skips. */
function generateResponses(count: number, seed: number): DiagnosticResponse[] {
  const rnd = seededRandom(seed);
  const roles = ["handler", "handler", "handler", "agent", "agent", "clerk", "developer"];
  const levels: Level[] = ["leader", "manager", "frontline", "frontline", "frontline"];
  return Array.from({ length: count }, () => {
    const level = levels[Math.floor(rnd() * levels.length)]!;
    const answers: Record<string, number | null> = {};
    for (const item of DEFAULT_INSTRUMENT.items) {
      const roll = rnd();
      if (roll < 0.05) continue;
      if (roll < 0.1) answers[item.key] = null;
      else answers[item.key] = Math.min(5, Math.max(1, Math.round(rnd() * 4 + 1 + (level === "leader" ? 0.8 : 0))));
    }
    const role = roles[Math.floor(rnd() * roles.length)]!;
    return {
      department: STRUCTURE.roles.find((r) => r.key === role)!.department,
      role,
      level,
      answers,
      comments: rnd() < 0.3 ? { possible: `comment ${Math.floor(rnd() * 1000)}` } : undefined,
    };
  });
}

function published(results: WaveResults): Extract<WaveResults, { available: true }> {
  if (!results.available) throw new Error(`results not available: ${results.message}`);
  return results;
}

function expectSameResults(fromApp: WaveResults, expected: Results) {
  const actual = published(fromApp);
  const shape = (r: Results) => ({
    total: r.total.shown
      ? { respondents: r.total.respondents, items: r.total.items, comments: r.total.comments }
      : r.total,
    segments: r.breakdown?.segments.map((s) =>
      s.shown ? { key: s.key, respondents: s.respondents, items: s.items, comments: s.comments } : s,
    ),
    gapsShown: r.gaps.map((g) => g.shown),
  });
  expect(shape(actual)).toEqual(shape(expected));
  // Dimension indices are sums of per-respondent means, added in a different order by SQL: equal to the last decimal.
  const indices = (r: Results) =>
    [r.total, ...(r.breakdown?.segments ?? [])].flatMap((s) =>
      s.shown ? Object.values(s.dimensions).map((d) => (d.shown ? d.index : null)) : [],
    );
  const [a, b] = [indices(actual), indices(expected)];
  expect(a.map((x) => x === null)).toEqual(b.map((x) => x === null));
  a.forEach((x, i) => x !== null && expect(Math.abs(x - b[i]!)).toBeLessThanOrEqual(0.1));
}

const everyAnswer = (value: number) =>
  Object.fromEntries(DEFAULT_INSTRUMENT.items.map((i) => [i.key, i.reversed ? 6 - value : value]));

describeOnEachDatabase("the 3P diagnostic", (use) => {
  let owner: OrgAccess;
  let waveId: string;
  let departmentIds: Map<string, string>;

  async function newWave(name: string, options: { resultsRelease?: "after_close" | "snapshots" } = {}) {
    const { id: instrumentId } = await addInstrument(owner);
    const id = (await createWave(owner, { name, instrumentId, k: 5, ...options })).id;
    await openWave(owner, id);
    return id;
  }

  beforeEach(async () => {
    const { db } = use();
    const user = await makeUser(db, "Consultant");
    const organisation = await createOrganisation({ db, actor: user }, { name: "Survey Co" });
    owner = await resolveOrgAccess(db, user, organisation.slug, "diagnostic:manage");
    departmentIds = new Map();
    for (const d of STRUCTURE.departments) {
      const row = await db.department.create({
        data: {
          organisationId: organisation.id,
          key: d.key,
          name: d.key.toUpperCase(),
          parentId: d.parent ? departmentIds.get(d.parent) : null,
        },
      });
      departmentIds.set(d.key, row.id);
    }
    for (const r of STRUCTURE.roles)
      await db.role.create({
        data: {
          organisationId: organisation.id,
          key: r.key,
          name: r.key,
          departmentId: departmentIds.get(r.department)!,
          customerFacing: true,
        },
      });
    waveId = await newWave("Spring 2027");
  });

  async function answerAll(responses: DiagnosticResponse[], wave = waveId) {
    for (const response of responses) {
      const [token] = await createInvitations(owner, wave, {
        role: response.role,
        department: response.role ? undefined : response.department,
        level: response.level,
        count: 1,
      });
      await openInvitation(use().db, token!);
      await saveAnswers(use().db, token!, { answers: response.answers, comments: response.comments });
      await submitResponse(use().db, token!);
    }
  }

  it("publishes, once the wave closes, the same results and anonymity as the pure scoring of the same responses", async () => {
    // Two people in HR: too few to show, and hiding them alone could be undone by subtraction.
    const responses = [
      ...generateResponses(45, 7),
      ...generateResponses(2, 11).map((r) => ({ ...r, department: "hr", role: "recruiter" })),
    ];
    await answerAll(responses);
    expect(await getWaveResults(owner, waveId)).toMatchObject({
      available: false,
      message: expect.stringContaining("when the wave closes"),
    });
    await closeWave(owner, waveId);
    for (const by of ["department", "role", "level", undefined] as const) {
      expectSameResults(
        await getWaveResults(owner, waveId, by),
        scoreResults(DEFAULT_INSTRUMENT, responses, anonymityOptions(5, 10), by, STRUCTURE),
      );
    }
    const byRole = published(await getWaveResults(owner, waveId, "role"));
    expect(byRole.breakdown!.segments.find((s) => s.key === "recruiter")).toEqual({
      key: "recruiter",
      shown: false,
      reason: expect.stringContaining("fewer than 5"),
    });
  });

  it("keeps figures still while the wave is open; snapshots need k new people, and one more answer changes nothing", async () => {
    const { db } = use();
    waveId = await newWave("Snapshots", { resultsRelease: "snapshots" });
    await answerAll(generateResponses(4, 3));
    expect((await refusal(publishSnapshot(owner, waveId))).status).toBe(409);
    await answerAll(generateResponses(20, 4));
    expect(await publishSnapshot(owner, waveId)).toEqual({ seq: 1 });
    const first = published(await getWaveResults(owner, waveId, "department"));
    expect(first.total).toMatchObject({ shown: true, respondents: 24 });
    await answerAll([{ department: "claims", role: "handler", level: "leader", answers: everyAnswer(1) }]);
    // Not published: the figures are those of the snapshot, whoever looks.
    expect(published(await getWaveResults(owner, waveId, "department"))).toEqual(first);
    expect((await refusal(publishSnapshot(owner, waveId))).status).toBe(409);
    expect(await db.resultsSnapshot.count({ where: { waveId } })).toBe(1);
  });

  it("compares a wave with the organisation's previous one", async () => {
    await answerAll(
      Array.from({ length: 6 }, () => ({
        department: "claims",
        role: "handler",
        level: "frontline" as const,
        answers: everyAnswer(2),
      })),
    );
    await closeWave(owner, waveId);
    const first = waveId;
    waveId = await newWave("Autumn 2027");
    await answerAll(
      Array.from({ length: 6 }, () => ({
        department: "claims",
        role: "handler",
        level: "frontline" as const,
        answers: everyAnswer(4),
      })),
    );
    await closeWave(owner, waveId);
    const results = published(await getWaveResults(owner, waveId));
    expect(results.previousWave).toEqual({ name: "Spring 2027" });
    // Every answer moved from 2 to 4 (recoded): each index from 25 to 75.
    expect(results.deltas).toEqual([
      { measure: "3P", current: 75, previous: 25, delta: 50 },
      { measure: "practical", current: 75, previous: 25, delta: 50 },
      { measure: "personal", current: 75, previous: 25, delta: 50 },
      { measure: "possible", current: 75, previous: 25, delta: 50 },
    ]);
    expect(published(await getWaveResults(owner, first)).previousWave).toBeNull();
  });

  it("imports responses gathered elsewhere from CSV, all or nothing, with keys of this organisation; never into a closed wave", async () => {
    const { db } = use();
    const header = "department,role,level,pr-defined-1,po-kpi-2";
    const bad = await refusal(
      importResponses(
        owner,
        waveId,
        `${header}\nclaims,handler,frontline,4,2\nclaims,handler,chief,9,2\nsales,,leader,3,3\nbilling,handler,leader,3,3\n`,
      ),
    );
    expect(bad.status).toBe(400);
    expect(bad.extensions?.errors).toEqual([
      { line: 3, column: "level", message: '"chief" is not one of leader, manager, frontline' },
      { line: 3, column: "pr-defined-1", message: '"9" is not an answer from 1 to 5, empty or DK' },
      { line: 4, column: "department", message: 'no department with key "sales"' },
      { line: 5, column: "role", message: 'the role "handler" belongs to the department "claims"' },
    ]);
    expect(await db.response.count({ where: { waveId } })).toBe(0);
    expect(
      await importResponses(owner, waveId, `${header}\nclaims,handler,frontline,4,DK\nbilling,,leader,5,1\n`),
    ).toEqual({ imported: 2 });
    expect(await db.answer.count({ where: { response: { waveId } } })).toBe(4);
    await closeWave(owner, waveId);
    expect((await refusal(importResponses(owner, waveId, `${header}\nclaims,handler,frontline,4,DK\n`))).status).toBe(
      409,
    );
  });

  it("gives imported responses the same results as the pure scoring (their dimension scores are written with the answers)", async () => {
    const responses = generateResponses(60, 9).map((r) => ({ ...r, comments: undefined }));
    const keys = DEFAULT_INSTRUMENT.items.map((i) => i.key);
    const csv = [
      ["department", "role", "level", ...keys].join(","),
      ...responses.map((r) =>
        [r.department, r.role, r.level, ...keys.map((k) => (r.answers[k] === null ? "DK" : (r.answers[k] ?? "")))].join(
          ",",
        ),
      ),
    ].join("\n");
    await importResponses(owner, waveId, csv);
    await closeWave(owner, waveId);
    for (const by of ["department", "level"] as const) {
      expectSameResults(
        await getWaveResults(owner, waveId, by),
        scoreResults(DEFAULT_INSTRUMENT, responses, anonymityOptions(5, 10), by, STRUCTURE),
      );
    }
  });

  it("shows a department head only their own departments, as groups of the same plan everyone sees", async () => {
    const { db } = use();
    const responses = generateResponses(40, 5);
    await answerAll(responses);
    await closeWave(owner, waveId);
    const headUser = await makeUser(db, "Service Head");
    await joinOrganisation(owner, headUser, "department_head", [departmentIds.get("service")!]);
    const head = await resolveOrgAccess(db, headUser, owner.organisation.slug, "organisation:read");
    const results = published(await getWaveResults(head, waveId, "department"));
    expect(results.memberScope?.sort()).toEqual(["claims", "contact", "service"]);
    const everyone = published(await getWaveResults(owner, waveId, "department"));
    const asEveryoneSees = (key: string) => everyone.breakdown!.segments.find((s) => s.key === key);
    expect(results.total).toEqual({ ...asEveryoneSees("service"), depth: undefined });
    expect(results.breakdown!.segments.map((s) => s.key)).toEqual(["claims", "contact"]);
    for (const segment of results.breakdown!.segments) expect(segment).toEqual(asEveryoneSees(segment.key));
    expect(results.gaps).toEqual([]);
    expect(
      (await refusal(getWaveResults(head, waveId, undefined, { kind: "department", key: "billing" }))).status,
    ).toBe(403);
  });

  it("keeps ballots sealed until a batch is ready, then moves them in another transaction, shuffled, with nothing to join on", async () => {
    const { db } = use();
    const responses = generateResponses(BALLOT_BATCH - 1, 21).map((r, i) => ({
      ...r,
      comments: { possible: `ballot comment ${i}` },
    }));
    await answerAll(responses);
    const ballots = await db.$queryRaw<
      { sealed: Uint8Array }[]
    >`SELECT "sealed" FROM "Ballot" WHERE "waveId" = ${waveId}`;
    expect(ballots).toHaveLength(BALLOT_BATCH - 1);
    expect(ballots.some((b) => Buffer.from(b.sealed).toString("latin1").includes("ballot comment"))).toBe(false);
    // Submissions now and then try to empty the box; it goes only once a batch waits.
    expect(await emptyBallotBox(db, waveId, "when-full")).toBe(0);
    expect(await db.response.count({ where: { waveId } })).toBe(0);
    await answerAll(generateResponses(1, 22));
    await emptyBallotBox(db, waveId, "when-full");
    expect(await db.response.count({ where: { waveId } })).toBe(BALLOT_BATCH);
    expect(await db.ballot.count({ where: { waveId } })).toBe(0);
    const pairs = await db.$queryRaw<
      { n: number }[]
    >`SELECT count(*)::int AS n FROM "Response" r JOIN "WaveInvitation" i ON i.xmin = r.xmin WHERE r."waveId" = ${waveId}`;
    expect(pairs[0]!.n).toBe(0);
    const [row] = await db.$queryRaw<
      Record<string, unknown>[]
    >`SELECT * FROM "Response" WHERE "waveId" = ${waveId} LIMIT 1`;
    expect(Object.keys(row!).sort()).toEqual([
      "comments",
      "department",
      "id",
      "level",
      "personalScore",
      "possibleScore",
      "practicalScore",
      "role",
      "waveId",
    ]);
    expect(String(row!.id)).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("empties the ballot box when the wave closes, writing a short last batch among earlier responses", async () => {
    const { db } = use();
    await answerAll(generateResponses(BALLOT_BATCH, 31));
    await emptyBallotBox(db, waveId, "when-full");
    const before = await db.$queryRaw<{ id: string }[]>`SELECT "id" FROM "Response" WHERE "waveId" = ${waveId}`;
    await answerAll(generateResponses(3, 32));
    await closeWave(owner, waveId);
    expect(await db.ballot.count({ where: { waveId } })).toBe(0);
    expect(await db.response.count({ where: { waveId } })).toBe(BALLOT_BATCH + 3);
    // The last three went in with the earlier batch written again: one transaction, new ids for all.
    const rows = await db.$queryRaw<
      { id: string; xmin: string }[]
    >`SELECT "id", xmin::text AS xmin FROM "Response" WHERE "waveId" = ${waveId}`;
    const earlier = new Set(before.map((r) => r.id));
    expect(rows.filter((r) => earlier.has(r.id))).toEqual([]);
    expect(new Set(rows.map((r) => r.xmin)).size).toBe(1);
  });

  it("seals answers in progress with the link: the database holds no readable answer or comment", async () => {
    const { db } = use();
    const [token] = await createInvitations(owner, waveId, { role: "handler", level: "frontline", count: 1 });
    await openInvitation(db, token!);
    await saveAnswers(db, token!, { answers: { "pr-defined-1": 4 }, comments: { personal: "We say PAX" } });
    const [session] = await db.$queryRaw<
      { sealed: Uint8Array }[]
    >`SELECT "sealed" FROM "SurveySession" WHERE "waveId" = ${waveId}`;
    expect(Buffer.from(session!.sealed).toString("latin1")).not.toContain("PAX");
    expect(await openInvitation(db, token!)).toMatchObject({ kind: "answering", comments: { personal: "We say PAX" } });
  });

  it("resumes a half-finished response from the same link, and refuses the link once submitted", async () => {
    const { db } = use();
    const [token] = await createInvitations(owner, waveId, { role: "handler", level: "frontline", count: 1 });
    await openInvitation(db, token!);
    await saveAnswers(db, token!, { answers: { "pr-defined-1": 4 } });
    await saveAnswers(db, token!, { answers: { "pe-people-1": null }, comments: { personal: "We say PAX" } });
    const resumed = await openInvitation(db, token!);
    expect(resumed).toMatchObject({
      answers: { "pr-defined-1": 4, "pe-people-1": null },
      comments: { personal: "We say PAX" },
      segment: { department: "claims", role: "handler", level: "frontline" },
    });
    expect(resumed.kind === "answering" && resumed.items).toHaveLength(DEFAULT_INSTRUMENT.items.length);
    await submitResponse(db, token!);
    expect((await refusal(openInvitation(db, token!))).status).toBe(410);
    expect((await refusal(saveAnswers(db, token!, { answers: {} }))).status).toBe(404);
    const unknown = await refusal(openInvitation(db, "not-a-real-token"));
    expect(unknown.status).toBe(404);
  });

  it("takes exactly one ballot when one invitation is submitted 50 times at once", async () => {
    const { db } = use();
    const [token] = await createInvitations(owner, waveId, { department: "it", level: "leader", count: 1 });
    await openInvitation(db, token!);
    await saveAnswers(db, token!, { answers: { "pr-defined-1": 5 } });
    const outcomes = await Promise.allSettled(Array.from({ length: 50 }, () => submitResponse(db, token!)));
    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1);
    const failures = outcomes
      .filter((o): o is PromiseRejectedResult => o.status === "rejected")
      .map((o) => (o.reason as AppError).status);
    expect(failures.every((status) => status === 409)).toBe(true);
    expect(await db.ballot.count({ where: { waveId } })).toBe(1);
    await closeWave(owner, waveId);
    expect(await db.response.count({ where: { waveId } })).toBe(1);
    expect(await db.answer.count({ where: { response: { waveId } } })).toBe(1);
  });

  it("writes the answers as given (don't know as null), drops blank comments, and nothing for a link already used", async () => {
    const { db } = use();
    const [token] = await createInvitations(owner, waveId, { department: "claims", level: "manager", count: 1 });
    await openInvitation(db, token!);
    await saveAnswers(db, token!, {
      answers: { "pr-defined-1": 2, "pe-people-1": null, "po-process-1": 5 },
      comments: { practical: "  ", possible: "Targets fight each other" },
    });
    await submitResponse(db, token!);
    // A session left behind for a link that was used meanwhile writes nothing and goes away.
    const [second] = await createInvitations(owner, waveId, { count: 1 });
    await openInvitation(db, second!);
    await db.waveInvitation.updateMany({ where: { waveId, submitted: false }, data: { submitted: true } });
    expect((await refusal(submitResponse(db, second!))).status).toBe(409);
    await closeWave(owner, waveId);
    const [response] = await db.response.findMany({
      where: { waveId },
      include: { answers: { include: { item: true } } },
    });
    expect(response).toMatchObject({
      department: "claims",
      level: "manager",
      role: null,
      comments: { possible: "Targets fight each other" },
    });
    expect(Object.fromEntries(response!.answers.map((a) => [a.item.key, a.value]))).toEqual({
      "pr-defined-1": 2,
      "pe-people-1": null,
      "po-process-1": 5,
    });
    expect(await db.response.count({ where: { waveId } })).toBe(1);
    expect(await db.surveySession.count({ where: { waveId } })).toBe(0);
  });

  it("refuses a submission once the wave has closed, and writes nothing", async () => {
    const { db } = use();
    const [token] = await createInvitations(owner, waveId, { count: 1 });
    await openInvitation(db, token!);
    await saveAnswers(db, token!, { answers: { "pr-defined-1": 4 } });
    await db.wave.update({ where: { id: waveId }, data: { status: "closed" } });
    expect((await refusal(submitResponse(db, token!))).status).toBe(410);
    expect(await db.ballot.count({ where: { waveId } })).toBe(0);
  });

  it("lets only one of two simultaneous closes through", async () => {
    const outcomes = await Promise.allSettled([closeWave(owner, waveId), closeWave(owner, waveId)]);
    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1);
    expect(
      outcomes
        .filter((o) => o.status === "rejected")
        .map((o) => ((o as PromiseRejectedResult).reason as AppError).status),
    ).toEqual([409]);
  });

  it("replaces the shared link: the old one stops working at once", async () => {
    const { db } = use();
    const { sharedToken: first } = await renewSharedLink(owner, waveId);
    const { sharedToken: second } = await renewSharedLink(owner, waveId);
    expect((await refusal(describeSharedLink(db, first))).status).toBe(404);
    expect((await describeSharedLink(db, second)).wave.name).toBe("Spring 2027");
    await closeWave(owner, waveId);
    expect((await refusal(renewSharedLink(owner, waveId))).status).toBe(409);
  });

  it("refuses answers to statements the survey does not have, and links of a closed wave", async () => {
    const { db } = use();
    const [token] = await createInvitations(owner, waveId, { count: 1 });
    await openInvitation(db, token!);
    const unknown = await refusal(saveAnswers(db, token!, { answers: { nps: 5 } }));
    expect([unknown.status, unknown.field]).toEqual([400, "answers.nps"]);
    await closeWave(owner, waveId);
    expect((await refusal(openInvitation(db, token!))).status).toBe(410);
  });
});
