import { afterAll, afterEach, beforeAll, beforeEach, expect, it, vi } from "vitest";
import type { OrgAccess } from "@/lib/access/org-access";
import { resolveOrgAccess } from "@/lib/access/org-access";
import { refusal } from "@/lib/test-support/expectations";
import { joinOrganisation, makeOwnedOrganisation, makeUser } from "@/lib/test-support/fixtures";
import { linkIn, surveyTokenIn, startSmtpTestServer, type SmtpTestServer } from "@/lib/test-support/smtp-test-server";
import { describeOnEachDatabase } from "@/lib/test-support/test-databases";
import { addInstrument } from "@/lib/diagnostic/instruments/add-instrument";
import { openInvitation } from "@/lib/diagnostic/respond/open-invitation";
import { saveAnswers } from "@/lib/diagnostic/respond/save-answers";
import { submitResponse } from "@/lib/diagnostic/respond/submit-response";
import { closeWave } from "@/lib/diagnostic/waves/close-wave";
import { createWave } from "@/lib/diagnostic/waves/create-wave";
import { openWave } from "@/lib/diagnostic/waves/open-wave";
import { deletePeopleList } from "./delete-people-list";
import { getAudience } from "./get-audience";
import { importPeople } from "./import-people";
import { getMailTexts, saveMailText } from "./mail-texts";
import { requestSend } from "./request-send";
import { recoverAbandoned, sendQueuedMail } from "./sending/send-queued-mail";
import { unsubscribe } from "./unsubscribe";

let smtp: SmtpTestServer;
beforeAll(async () => {
  smtp = await startSmtpTestServer({ refuse: (to) => to.startsWith("gone.") });
});
afterAll(() => smtp.close());
beforeEach(() => {
  vi.stubEnv("SMTP_URL", smtp.url);
  vi.stubEnv("NEXTAUTH_URL", "http://localhost:3000");
});
afterEach(() => vi.unstubAllEnvs());

const mailsTo = (email: string) => smtp.messages.filter((m) => m.to.includes(email));
const HEADER = "Email,Department,Role,Level,Language,Employee number";

describeOnEachDatabase("a wave's people list and its invitations by email", (use) => {
  let owner: OrgAccess;
  let instrumentId: string;
  let tag: string;

  beforeEach(async () => {
    const { db, kind } = use();
    tag = `${kind}${Math.random().toString(36).slice(2, 8)}`;
    owner = await makeOwnedOrganisation(db, "Harbour Audience");
    instrumentId = (await addInstrument(owner)).id;
    const claims = await db.department.create({
      data: { organisationId: owner.organisation.id, key: "claims", name: "Claims" },
    });
    const contact = await db.department.create({
      data: { organisationId: owner.organisation.id, key: "contact", name: "Contact centre" },
    });
    await db.department.create({ data: { organisationId: owner.organisation.id, key: "it", name: "IT" } });
    await db.role.create({
      data: {
        organisationId: owner.organisation.id,
        key: "handler",
        name: "Claims handler",
        departmentId: claims.id,
        customerFacing: true,
      },
    });
    await db.role.create({
      data: {
        organisationId: owner.organisation.id,
        key: "agent",
        name: "Agent",
        departmentId: contact.id,
        customerFacing: true,
      },
    });
  });

  const openWaveFor = async (audience: { audienceDepartments?: string[] } = {}) => {
    const { id } = await createWave(owner, { name: "Spring pulse", instrumentId, ...audience });
    await openWave(owner, id);
    return id;
  };

  it("lists every problem of a people list at once, by line and column, and saves nothing", async () => {
    const { db } = use();
    const waveId = await openWaveFor({ audienceDepartments: ["claims", "contact"] });
    const csv = [
      HEADER,
      "ana@example.test,Claims,Claims handler,frontline,en,1",
      "",
      "not-an-address,claims,handler,frontline,,2",
      "ANA@example.test,claims,,leader,fr,3",
      "bo@example.test,Finance,,manager,,4",
      "cy@example.test,contact,handler,frontline,,5",
      "di@example.test,claims,,boss,xx,6",
      "ed@example.test,it,,manager,,7",
    ].join("\n");
    const error = await refusal(importPeople(owner, waveId, csv));
    expect(error.status).toBe(400);
    const problems = (error.extensions as { errors: { line: number; column: string; value: string }[] }).errors;
    expect(problems.map((p) => [p.line, p.column, p.value])).toEqual([
      [4, "email", "not-an-address"],
      [5, "email", "ANA@example.test"],
      [6, "department", "Finance"],
      [7, "role", "handler"],
      [8, "level", "boss"],
      [8, "language", "xx"],
      [9, "department", "it"],
    ]);
    expect(error.detail).toContain("7 problems, first on line 4");
    expect(await db.waveRecipient.count({ where: { waveId } })).toBe(0);
  });

  it("takes segments from the list (names or keys), so a person invited this way never states one", async () => {
    const { db } = use();
    const waveId = await openWaveFor();
    const result = await importPeople(
      owner,
      waveId,
      [
        HEADER,
        `a.${tag}@example.test,Claims,Claims handler,Frontline,fr,1`,
        `b.${tag}@example.test,,agent,leader,,2`,
      ].join("\n"),
    );
    expect(result).toEqual({ mode: "replaced", added: 2, alreadyListed: 0, total: 2 });
    const people = await db.waveRecipient.findMany({ where: { waveId }, orderBy: { email: "asc" } });
    expect(people.map((p) => [p.department, p.role, p.level, p.language])).toEqual([
      ["claims", "handler", "frontline", "fr"],
      ["contact", "agent", "leader", "en"],
    ]);
    await requestSend(owner, waveId, "new");
    await sendQueuedMail(db);
    const token = surveyTokenIn((await smtp.waitFor((m) => m.to.includes(`a.${tag}@example.test`))).text);
    const state = await openInvitation(db, token);
    expect(state).toMatchObject({ kind: "answering" });
    const session = await db.surveySession.findFirst({ where: { waveId } });
    expect([session?.department, session?.role, session?.level]).toEqual(["claims", "handler", "frontline"]);
  });

  it("mails each person once with a single-use link, lists refusals, and adding people mails only them", async () => {
    const { db } = use();
    const waveId = await openWaveFor();
    const people = Array.from({ length: 12 }, (_, i) => `p${i}.${tag}@example.test`);
    const refused = `gone.${tag}@example.test`;
    await importPeople(
      owner,
      waveId,
      [HEADER, ...[...people, refused].map((e) => `${e},claims,,frontline,,`)].join("\n"),
    );
    // Before anything is sent, uploading again replaces the list.
    await importPeople(
      owner,
      waveId,
      [HEADER, ...[...people, refused].map((e) => `${e},claims,,manager,,`)].join("\n"),
    );
    expect(await db.waveRecipient.count({ where: { waveId, level: "manager" } })).toBe(13);

    await saveMailText(owner, waveId, {
      kind: "invitation",
      language: "en",
      subject: "{organisation} asks you: {wave}",
      body: "Please answer by {closes}: {link}",
    });
    await requestSend(owner, waveId, "new");
    await sendQueuedMail(db, { concurrency: 3, batch: 4 });
    for (const email of people) expect(mailsTo(email)).toHaveLength(1);
    const mail = mailsTo(people[0]!)[0]!;
    expect(mail.subject).toBe("Harbour Audience asks you: Spring pulse");
    expect(mail.text).toContain("Please answer by further notice: http://localhost:3000/s/");
    expect(mail.text).toContain("http://localhost:3000/unsubscribe/");

    const audience = await getAudience(owner, waveId);
    expect(audience).toMatchObject({ total: 13, sent: 12, listed: 0, inProgress: 0, problemCount: 1 });
    expect(audience.problems).toEqual([
      { email: refused, state: "failed", reason: expect.stringContaining("refused this address (550") },
    ]);

    // The link works once.
    const token = surveyTokenIn(mail.text);
    await openInvitation(db, token);
    await saveAnswers(db, token, { answers: { "pr-defined-1": 4 } });
    await submitResponse(db, token);
    expect((await refusal(openInvitation(db, token))).status).toBe(410);

    // Sending again: nothing new to send. Adding people (the full export again, plus one) mails only the new one.
    expect((await refusal(requestSend(owner, waveId, "new"))).status).toBe(409);
    const added = await importPeople(
      owner,
      waveId,
      [HEADER, ...[...people, refused, `new.${tag}@example.test`].map((e) => `${e},claims,,manager,,`)].join("\n"),
    );
    expect(added).toMatchObject({ mode: "added", added: 1, alreadyListed: 13, total: 14 });
    await requestSend(owner, waveId, "new");
    await sendQueuedMail(db);
    expect(mailsTo(`new.${tag}@example.test`)).toHaveLength(1);
    for (const email of people) expect(mailsTo(email)).toHaveLength(1);
    expect(mailsTo(refused)).toHaveLength(0);
  });

  it("never mails someone who unsubscribed", async () => {
    const { db } = use();
    const waveId = await openWaveFor();
    const stays = `stays.${tag}@example.test`;
    const leaves = `leaves.${tag}@example.test`;
    await importPeople(owner, waveId, [HEADER, `${stays},,,,,`].join("\n"));
    await requestSend(owner, waveId, "new");
    await sendQueuedMail(db);
    const first = mailsTo(stays)[0]!;
    // The link of any mail unsubscribes its own address only; here, forge one for another by reusing the token shape.
    const link = linkIn(first.text, "http://localhost:3000/unsubscribe/");
    expect((await unsubscribe(db, link.split("/unsubscribe/")[1]!)).email).toBe(stays);
    await expect(unsubscribe(db, "eyJ4Ijo.forged")).rejects.toMatchObject({ status: 404 });

    const second = await openWaveFor();
    await importPeople(owner, second, [HEADER, `${stays},,,,,`, `${leaves},,,,,`].join("\n"));
    await requestSend(owner, second, "new");
    await sendQueuedMail(db);
    expect(mailsTo(stays)).toHaveLength(1);
    expect(mailsTo(leaves)).toHaveLength(1);
    const audience = await getAudience(owner, second);
    expect(audience.problems).toEqual([
      { email: stays, state: "failed", reason: "This person asked not to receive these emails." },
    ]);
  });

  it("resumes after a sender died: untried people are sent, a mail that may have gone out is not resent", async () => {
    const { db } = use();
    const waveId = await openWaveFor();
    const emails = Array.from({ length: 5 }, (_, i) => `r${i}.${tag}@example.test`);
    await importPeople(owner, waveId, [HEADER, ...emails.map((e) => `${e},,,,,`)].join("\n"));
    await requestSend(owner, waveId, "new");
    // A sender claimed three and was handing the first to the mail server when it died.
    const [first, second, third] = await db.waveRecipient.findMany({ where: { waveId }, orderBy: { email: "asc" } });
    const then = new Date(Date.now() - 60_000);
    await db.waveRecipient.updateMany({
      where: { id: { in: [second!.id, third!.id] } },
      data: { sendState: "claimed", claimedAt: then },
    });
    await db.waveRecipient.update({ where: { id: first!.id }, data: { sendState: "sending", claimedAt: then } });
    // A live sender's claims are left alone…
    await recoverAbandoned(db, 120_000);
    await sendQueuedMail(db);
    expect(emails.filter((e) => mailsTo(e).length === 1)).toHaveLength(2);
    // …a dead one's are given back.
    await recoverAbandoned(db, 30_000);
    await sendQueuedMail(db);
    expect(mailsTo(first!.email)).toHaveLength(0);
    for (const email of emails.filter((e) => e !== first!.email)) expect(mailsTo(email)).toHaveLength(1);
    const audience = await getAudience(owner, waveId);
    expect(audience.problems).toEqual([{ email: first!.email, state: "uncertain", reason: expect.any(String) }]);
    // The consultant sends it again: one mail, with a working link.
    await requestSend(owner, waveId, "retry");
    await sendQueuedMail(db);
    expect(mailsTo(first!.email)).toHaveLength(1);
  });

  it("refuses unknown merge fields by name, and keeps the defaults until a text is changed", async () => {
    const waveId = await openWaveFor();
    expect((await getMailTexts(owner, waveId)).invitation).toMatchObject({ custom: false });
    const { parseInput } = await import("@/lib/http/parse-input");
    const { mailTextInput } = await import("./input");
    const error = await refusal(
      Promise.resolve().then(() =>
        parseInput(mailTextInput, { kind: "invitation", subject: "Hi {first_name}", body: "{link} {team}" }),
      ),
    );
    expect(error.detail).toContain("{first_name}");
  });

  it("deletes the people list only after the wave closes, without touching participation", async () => {
    const { db } = use();
    const waveId = await openWaveFor();
    await importPeople(owner, waveId, [HEADER, `x.${tag}@example.test,claims,,,,`].join("\n"));
    await requestSend(owner, waveId, "new");
    await sendQueuedMail(db);
    expect((await refusal(deletePeopleList(owner, waveId))).status).toBe(409);
    await closeWave(owner, waveId);
    expect(await deletePeopleList(owner, waveId)).toEqual({ deleted: 1 });
    expect(await db.waveRecipient.count({ where: { waveId } })).toBe(0);
    expect(await db.waveInvitation.count({ where: { waveId } })).toBe(1);
    expect(await db.auditEvent.count({ where: { action: "wave.people_deleted", subjectId: waveId } })).toBe(1);
  });

  it("answers 404 to another organisation and 403 to a role without the action", async () => {
    const { db } = use();
    const waveId = await openWaveFor();
    const other = await makeOwnedOrganisation(db, "Other Org");
    expect((await refusal(importPeople(other, waveId, `${HEADER}\na@b.test,,,,,`))).status).toBe(404);
    expect((await refusal(requestSend(other, waveId, "new"))).status).toBe(404);
    expect((await refusal(getAudience(other, waveId))).status).toBe(404);
    for (const role of ["viewer", "department_head", "executive"] as const) {
      const user = await makeUser(db, `Audience ${role}`);
      const claims = await db.department.findFirst({ where: { organisationId: owner.organisation.id, key: "claims" } });
      await joinOrganisation(owner, user, role, role === "department_head" ? [claims!.id] : []);
      const access = await resolveOrgAccess(db, user, owner.organisation.slug, "organisation:read");
      expect((await refusal(importPeople(access, waveId, `${HEADER}\na@b.test,,,,,`))).status).toBe(403);
      expect((await refusal(requestSend(access, waveId, "new"))).status).toBe(403);
    }
  });
});
