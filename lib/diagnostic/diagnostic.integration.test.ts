import { beforeEach, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { createOrganisation } from "@/lib/organisations/create-organisation";
import { resolveOrgAccess, type OrgAccess } from "@/lib/organisations/access";
import { refusal } from "@/lib/test-support/expectations";
import { joinOrganisation, makeUser } from "@/lib/test-support/fixtures";
import { describeOnEachDatabase } from "@/lib/test-support/test-databases";
import { anonymityOptions } from "./anonymity";
import { DEFAULT_INSTRUMENT } from "./default-instrument";
import { describeSharedLink, openInvitation, saveAnswers, submitResponse } from "./respond/respond";
import { getWaveResults } from "./results/wave-results";
import { scoreResults, type Results } from "./score-results";
import type { DiagnosticResponse, Level } from "./scoring";
import { importResponses } from "./waves/import-responses";
import { addInstrument } from "./instruments/manage-instruments";
import { closeWave, createInvitations, createWave, openWave, renewSharedLink } from "./waves/manage-waves";

function seededRandom(seed: number) {
  let state = seed;
  return () => ((state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
}

/** Random but realistic: leaders answer higher than the frontline, some don't-knows and skips. */
function generateResponses(count: number, seed: number): DiagnosticResponse[] {
  const rnd = seededRandom(seed);
  const departments = ["claims", "claims", "claims", "contact", "contact", "billing", "it"];
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
    return { department: departments[Math.floor(rnd() * departments.length)]!, role: "r", level, answers, comments: rnd() < 0.3 ? { possible: `comment ${Math.floor(rnd() * 1000)}` } : undefined };
  });
}

function expectSameResults(actual: Results, expected: Results) {
  const shape = (r: Results) => ({
    total: r.total.shown ? { respondents: r.total.respondents, items: r.total.items, comments: r.total.comments } : r.total,
    segments: r.breakdown?.segments.map((s) => (s.shown ? { key: s.key, respondents: s.respondents, items: s.items, comments: s.comments } : s)),
    gapsShown: r.gaps.map((g) => g.shown),
  });
  expect(shape(actual)).toEqual(shape(expected));
  // Dimension indices are sums of per-respondent means, added in a different order by SQL: equal to the last decimal.
  const indices = (r: Results) => [r.total, ...(r.breakdown?.segments ?? [])].flatMap((s) => (s.shown ? Object.values(s.dimensions).map((d) => (d.shown ? d.index : null)) : []));
  const [a, b] = [indices(actual), indices(expected)];
  expect(a.map((x) => x === null)).toEqual(b.map((x) => x === null));
  a.forEach((x, i) => x !== null && expect(Math.abs(x - b[i]!)).toBeLessThanOrEqual(0.1));
}


describeOnEachDatabase("the 3P diagnostic", (use) => {
  let owner: OrgAccess;
  let waveId: string;

  beforeEach(async () => {
    const { db } = use();
    const user = await makeUser(db, "Consultant");
    const organisation = await createOrganisation({ db, actor: user }, { name: "Survey Co" });
    owner = await resolveOrgAccess(db, user, organisation.slug, "diagnostic:manage");
    const { id: instrumentId } = await addInstrument(owner);
    waveId = (await createWave(owner, { name: "Spring 2027", instrumentId, k: 5 })).id;
    await openWave(owner, waveId);
  });

  async function answerAll(responses: DiagnosticResponse[]) {
    for (const response of responses) {
      const [token] = await createInvitations(owner, waveId, { department: response.department, role: response.role, level: response.level, count: 1 });
      await openInvitation(use().db, token!);
      await saveAnswers(use().db, token!, { answers: response.answers, comments: response.comments });
      await submitResponse(use().db, token!);
    }
  }

  it("gives, from SQL aggregates, the same results and anonymity as the pure scoring of the same responses", async () => {
    // Two people in HR: too few to show, and hiding them alone could be undone by subtraction.
    const responses = [...generateResponses(45, 7), ...generateResponses(2, 11).map((r) => ({ ...r, department: "hr" }))];
    await answerAll(responses);
    for (const by of ["department", "level", undefined] as const) {
      const fromDatabase = await getWaveResults(owner, waveId, by);
      expectSameResults(fromDatabase, scoreResults(DEFAULT_INSTRUMENT, responses, anonymityOptions(5, 10), by));
    }
    const byDepartment = await getWaveResults(owner, waveId, "department");
    const hidden = byDepartment.breakdown!.segments.filter((s) => !s.shown);
    expect(hidden.map((s) => s.key)).toContain("hr");
    expect(hidden.reduce((sum, s) => sum + s.respondents, 0)).toBeGreaterThanOrEqual(5);
  });

  it("compares a wave with the organisation's previous one", async () => {
    await answerAll(Array.from({ length: 6 }, () => ({ department: "claims", level: "frontline" as const, answers: Object.fromEntries(DEFAULT_INSTRUMENT.items.map((i) => [i.key, i.reversed ? 4 : 2])) })));
    await closeWave(owner, waveId);
    const { id: instrumentId } = await addInstrument(owner);
    const first = waveId;
    waveId = (await createWave(owner, { name: "Autumn 2027", instrumentId, k: 5 })).id;
    await openWave(owner, waveId);
    await answerAll(Array.from({ length: 6 }, () => ({ department: "claims", level: "frontline" as const, answers: Object.fromEntries(DEFAULT_INSTRUMENT.items.map((i) => [i.key, i.reversed ? 2 : 4])) })));
    const results = await getWaveResults(owner, waveId);
    expect(results.previousWave).toEqual({ name: "Spring 2027" });
    // Every answer moved from 2 to 4 (recoded): each index from 25 to 75.
    expect(results.deltas).toEqual([
      { measure: "3P", current: 75, previous: 25, delta: 50 },
      { measure: "practical", current: 75, previous: 25, delta: 50 },
      { measure: "personal", current: 75, previous: 25, delta: 50 },
      { measure: "possible", current: 75, previous: 25, delta: 50 },
    ]);
    expect((await getWaveResults(owner, first)).previousWave).toBeNull();
  });

  it("imports responses gathered elsewhere from CSV, all or nothing", async () => {
    const { db } = use();
    const header = "department,role,level,pr-defined-1,po-kpi-2";
    const bad = await refusal(importResponses(owner, waveId, `${header}\nclaims,handler,frontline,4,2\nclaims,handler,chief,9,2\n`));
    expect(bad.status).toBe(400);
    expect(bad.extensions?.errors).toEqual([
      { line: 3, column: "level", message: '"chief" is not one of leader, manager, frontline' },
      { line: 3, column: "pr-defined-1", message: '"9" is not an answer from 1 to 5, empty or DK' },
    ]);
    expect(await db.response.count({ where: { waveId } })).toBe(0);
    expect(await importResponses(owner, waveId, `${header}\nclaims,handler,frontline,4,DK\nbilling,,leader,5,1\n`)).toEqual({ imported: 2 });
    expect(await db.answer.count({ where: { response: { waveId } } })).toBe(4);
  });

  it("gives imported responses the same results as the pure scoring (their dimension scores are written with the answers)", async () => {
    const responses = generateResponses(60, 9).map((r) => ({ ...r, comments: undefined }));
    const keys = DEFAULT_INSTRUMENT.items.map((i) => i.key);
    const csv = [["department", "role", "level", ...keys].join(","), ...responses.map((r) => [r.department, r.role, r.level, ...keys.map((k) => (r.answers[k] === null ? "DK" : (r.answers[k] ?? "")))].join(","))].join("\n");
    await importResponses(owner, waveId, csv);
    for (const by of ["department", "level"] as const) {
      expectSameResults(await getWaveResults(owner, waveId, by), scoreResults(DEFAULT_INSTRUMENT, responses, anonymityOptions(5, 10), by));
    }
  });

  it("shows a department head only their own departments' respondents, under the same anonymity rules", async () => {
    const { db } = use();
    const claims = await db.department.create({ data: { organisationId: owner.organisation.id, key: "claims", name: "Claims" } });
    await db.department.create({ data: { organisationId: owner.organisation.id, key: "it", name: "IT" } });
    const responses = generateResponses(30, 5);
    await answerAll(responses);
    const headUser = await makeUser(db, "Claims Head");
    await joinOrganisation(owner, headUser, "department_head", [claims.id]);
    const head = await resolveOrgAccess(db, headUser, owner.organisation.slug, "organisation:read");
    const results = await getWaveResults(head, waveId, "department");
    const claimsOnly = responses.filter((r) => r.department === "claims");
    expect(results.scope).toEqual(["claims"]);
    expect(results.total.respondents).toBe(claimsOnly.length);
    expect(results.breakdown!.segments.map((s) => s.key)).toEqual(["claims"]);
    expectSameResults(results, scoreResults(DEFAULT_INSTRUMENT, claimsOnly, anonymityOptions(5, 10), "department"));
  });

  it("stores a response with no link to its invitation: no invitation id, no time, a random id", async () => {
    const { db } = use();
    await answerAll(generateResponses(1, 3));
    const [row] = await db.$queryRaw<Record<string, unknown>[]>`SELECT * FROM "Response" WHERE "waveId" = ${waveId}`;
    expect(Object.keys(row!).sort()).toEqual(["comments", "department", "id", "level", "personalScore", "possibleScore", "practicalScore", "role", "waveId"]);
    expect(String(row!.id)).toMatch(/^[0-9a-f-]{36}$/);
    const [invitation] = await db.$queryRaw<Record<string, unknown>[]>`SELECT * FROM "WaveInvitation" WHERE "waveId" = ${waveId}`;
    expect(Object.keys(invitation!).sort()).toEqual(["department", "id", "level", "role", "submitted", "tokenHash", "waveId"]);
    expect(await db.surveySession.count({ where: { waveId } })).toBe(0);
  });

  it("resumes a half-finished response from the same link, and refuses the link once submitted", async () => {
    const { db } = use();
    const [token] = await createInvitations(owner, waveId, { department: "claims", level: "frontline", count: 1 });
    await openInvitation(db, token!);
    await saveAnswers(db, token!, { answers: { "pr-defined-1": 4 } });
    await saveAnswers(db, token!, { answers: { "pe-people-1": null }, comments: { personal: "We say PAX" } });
    const resumed = await openInvitation(db, token!);
    expect(resumed).toMatchObject({ answers: { "pr-defined-1": 4, "pe-people-1": null }, comments: { personal: "We say PAX" }, segment: { department: "claims", level: "frontline" } });
    expect(resumed.items).toHaveLength(DEFAULT_INSTRUMENT.items.length);
    await submitResponse(db, token!);
    expect((await refusal(openInvitation(db, token!))).status).toBe(410);
    expect((await refusal(saveAnswers(db, token!, { answers: {} }))).status).toBe(404);
    const unknown = await refusal(openInvitation(db, "not-a-real-token"));
    expect(unknown.status).toBe(404);
  });

  it("stores exactly one response when one invitation is submitted 50 times at once", async () => {
    const { db } = use();
    const [token] = await createInvitations(owner, waveId, { department: "it", level: "leader", count: 1 });
    await openInvitation(db, token!);
    await saveAnswers(db, token!, { answers: { "pr-defined-1": 5 } });
    const outcomes = await Promise.allSettled(Array.from({ length: 50 }, () => submitResponse(db, token!)));
    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1);
    const failures = outcomes.filter((o): o is PromiseRejectedResult => o.status === "rejected").map((o) => (o.reason as AppError).status);
    expect(failures.every((status) => status === 409)).toBe(true);
    expect(await db.response.count({ where: { waveId } })).toBe(1);
    expect(await db.answer.count({ where: { response: { waveId } } })).toBe(1);
  });

  it("writes the answers as given (don't know as null), drops blank comments, and nothing for a link already used", async () => {
    const { db } = use();
    const [token] = await createInvitations(owner, waveId, { department: "claims", level: "manager", count: 1 });
    await openInvitation(db, token!);
    await saveAnswers(db, token!, { answers: { "pr-defined-1": 2, "pe-people-1": null, "po-process-1": 5 }, comments: { practical: "  ", possible: "Targets fight each other" } });
    await submitResponse(db, token!);
    const [response] = await db.response.findMany({ where: { waveId }, include: { answers: { include: { item: true } } } });
    expect(response).toMatchObject({ department: "claims", level: "manager", role: null, comments: { possible: "Targets fight each other" } });
    expect(Object.fromEntries(response!.answers.map((a) => [a.item.key, a.value]))).toEqual({ "pr-defined-1": 2, "pe-people-1": null, "po-process-1": 5 });
    // A session left behind for a link that was used meanwhile writes nothing and goes away.
    const [second] = await createInvitations(owner, waveId, { count: 1 });
    await openInvitation(db, second!);
    await db.waveInvitation.updateMany({ where: { waveId, submitted: false }, data: { submitted: true } });
    expect((await refusal(submitResponse(db, second!))).status).toBe(409);
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
    expect(await db.response.count({ where: { waveId } })).toBe(0);
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
