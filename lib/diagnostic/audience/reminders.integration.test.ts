import { afterAll, afterEach, beforeAll, beforeEach, expect, it, vi } from "vitest";
import type { OrgAccess } from "@/lib/access/org-access";
import { refusal } from "@/lib/test-support/expectations";
import { makeOwnedOrganisation } from "@/lib/test-support/fixtures";
import { startSmtpTestServer, surveyTokenIn, type SmtpTestServer } from "@/lib/test-support/smtp-test-server";
import { describeOnEachDatabase } from "@/lib/test-support/test-databases";
import { addInstrument } from "@/lib/diagnostic/instruments/add-instrument";
import { openInvitation } from "@/lib/diagnostic/respond/open-invitation";
import { saveAnswers } from "@/lib/diagnostic/respond/save-answers";
import { submitResponse } from "@/lib/diagnostic/respond/submit-response";
import { closeWave } from "@/lib/diagnostic/waves/close-wave";
import { createWave } from "@/lib/diagnostic/waves/create-wave";
import { openWave } from "@/lib/diagnostic/waves/open-wave";
import { getAudience } from "./get-audience";
import { importPeople } from "./import-people";
import { saveMailText } from "./mail-texts";
import { cancelMailing, scheduleMailing } from "./schedule-mailing";
import { sendQueuedMail } from "./sending/send-queued-mail";
import { startDueMailings } from "./sending/start-due-mailings";
import { unsubscribe } from "./unsubscribe";

let smtp: SmtpTestServer;
beforeAll(async () => {
  smtp = await startSmtpTestServer();
});
afterAll(() => smtp.close());
beforeEach(() => {
  vi.stubEnv("SMTP_URL", smtp.url);
  vi.stubEnv("NEXTAUTH_URL", "http://localhost:3000");
});
afterEach(() => vi.unstubAllEnvs());

const mailsTo = (email: string) => smtp.messages.filter((m) => m.to.includes(email));
const HEADER = "Email,Department,Role,Level,Language";
const later = (minutes: number) => new Date(Date.now() + minutes * 60_000);

describeOnEachDatabase("reminders and mailings set for a time", (use) => {
  let owner: OrgAccess;
  let tag: string;
  let waveId: string;

  beforeEach(async () => {
    const { kind } = use();
    tag = `${kind}${Math.random().toString(36).slice(2, 8)}`;
    owner = await makeOwnedOrganisation(use().db, "Harbour Reminders");
    const instrumentId = (await addInstrument(owner)).id;
    ({ id: waveId } = await createWave(owner, { name: "Spring pulse", instrumentId }));
    await openWave(owner, waveId);
  });

  const run = async () => {
    await startDueMailings(use().db);
    await sendQueuedMail(use().db, { concurrency: 2, batch: 3 });
  };

  it("reminds only those who have not answered, with their own link, which resumes their answers; never twice", async () => {
    const { db } = use();
    const emails = Array.from({ length: 6 }, (_, i) => `p${i}.${tag}@example.test`);
    await importPeople(owner, waveId, [HEADER, ...emails.map((e) => `${e},,,,en`)].join("\n"));
    await scheduleMailing(owner, waveId, { kind: "invitation" });
    await run();
    const tokens = emails.map((e) => surveyTokenIn(mailsTo(e)[0]!.text));

    // p0 answers; p1 starts and stops half-way; p2 asks for no more mail.
    await openInvitation(db, tokens[0]!);
    await saveAnswers(db, tokens[0]!, { answers: { "pr-defined-1": 4 } });
    await submitResponse(db, tokens[0]!);
    await openInvitation(db, tokens[1]!);
    await saveAnswers(db, tokens[1]!, { answers: { "pr-defined-1": 2 } });
    const stop = /\/unsubscribe\/(\S+)/.exec(mailsTo(emails[2]!)[0]!.text)![1]!;
    await unsubscribe(db, stop);

    expect((await getAudience(owner, waveId)).notAnswered).toBe(5);
    expect(await scheduleMailing(owner, waveId, { kind: "reminder" })).toMatchObject({ number: 1 });
    await run();
    await run(); // a second pass of the sender sends nothing more
    expect(emails.map((e) => mailsTo(e).length)).toEqual([1, 2, 1, 2, 2, 2]);
    const reminder = mailsTo(emails[1]!)[1]!;
    expect(reminder.subject).toBe("Reminder: Harbour Reminders's survey is open until further notice");
    // The reminder carries the invitation's link: the half-finished answer is still there.
    expect(surveyTokenIn(reminder.text)).toBe(tokens[1]);
    expect(await openInvitation(db, tokens[1]!)).toMatchObject({ answers: { "pr-defined-1": 2 } });

    const audience = await getAudience(owner, waveId);
    expect(audience.mailings).toEqual([
      expect.objectContaining({ number: 0, started: true, queued: 6 }),
      expect.objectContaining({ number: 1, started: true, queued: 4, sent: 4, failed: 0 }),
    ]);
  });

  it("keeps a mailing set for later until its time, starts it once, and cancels one not begun", async () => {
    const { db } = use();
    await importPeople(owner, waveId, [HEADER, `a.${tag}@example.test,,,,`, `b.${tag}@example.test,,,,`].join("\n"));
    const invitations = await scheduleMailing(owner, waveId, { kind: "invitation", at: later(60).toISOString() });
    await run();
    expect(mailsTo(`a.${tag}@example.test`)).toHaveLength(0);
    // A reminder may not go before the invitations it follows up.
    const early = await refusal(scheduleMailing(owner, waveId, { kind: "reminder", at: later(30).toISOString() }));
    expect([early.status, early.detail]).toEqual([400, expect.stringContaining("after the invitations")]);
    const reminder = await scheduleMailing(owner, waveId, { kind: "reminder", at: later(120).toISOString() });
    // Its time comes: two senders at once start it once.
    const due = new Date(new Date(invitations.sendAt).getTime() + 1000);
    const started = await Promise.all([startDueMailings(db, due), startDueMailings(db, due)]);
    expect(started[0]! + started[1]!).toBe(1);
    await sendQueuedMail(db);
    expect(mailsTo(`a.${tag}@example.test`)).toHaveLength(1);
    await cancelMailing(owner, waveId, reminder.number);
    expect((await getAudience(owner, waveId)).mailings.map((m) => m.number)).toEqual([0]);
    expect((await refusal(cancelMailing(owner, waveId, 0))).status).toBe(409);
    expect(
      (await refusal(scheduleMailing(owner, waveId, { kind: "reminder", at: "2020-01-01T00:00:00Z" }))).detail,
    ).toContain("2020-01-01T00:00:00Z");
  });

  it("writes to each person in their list's language, with their language on the link", async () => {
    await importPeople(
      owner,
      waveId,
      [HEADER, `fr.${tag}@example.test,,,,fr`, `en.${tag}@example.test,,,,en`].join("\n"),
    );
    await saveMailText(owner, waveId, { kind: "invitation", language: "en", subject: "Our own words", body: "{link}" });
    await scheduleMailing(owner, waveId, { kind: "invitation" });
    await run();
    const french = mailsTo(`fr.${tag}@example.test`)[0]!;
    expect(french.subject).toBe("Harbour Reminders : comment servons-nous nos clients ? (5 minutes, anonyme)");
    expect(french.text).toContain("?language=fr");
    expect(french.text).toContain("L’enquête « Spring pulse » est ouverte jusqu’au nouvel ordre.");
    expect(french.text).toContain("Pour ne plus recevoir ce genre d’e-mails de Harbour Reminders");
    expect(mailsTo(`en.${tag}@example.test`)[0]!.subject).toBe("Our own words");
  });

  it("erases the kept link when the person answers and when the wave closes; a closed wave sends nothing", async () => {
    const { db } = use();
    const emails = [`x.${tag}@example.test`, `y.${tag}@example.test`];
    await importPeople(owner, waveId, [HEADER, ...emails.map((e) => `${e},,,,`)].join("\n"));
    await scheduleMailing(owner, waveId, { kind: "invitation" });
    await run();
    const kept = () => db.waveRecipient.count({ where: { waveId, linkSealed: { not: null } } });
    expect(await kept()).toBe(2);
    // What is kept is sealed: the link is not in the database as text.
    const token = surveyTokenIn(mailsTo(emails[0]!)[0]!.text);
    const raw = await db.waveRecipient.findMany({ where: { waveId }, select: { linkSealed: true } });
    for (const { linkSealed } of raw) expect(Buffer.from(linkSealed!).toString("latin1")).not.toContain(token);
    await openInvitation(db, token);
    await submitResponse(db, token);
    expect(await kept()).toBe(1);

    await scheduleMailing(owner, waveId, { kind: "reminder", at: later(60).toISOString() });
    await closeWave(owner, waveId);
    expect(await kept()).toBe(0);
    expect(await db.waveMailing.count({ where: { waveId, startedAt: null } })).toBe(0);
    expect((await refusal(scheduleMailing(owner, waveId, { kind: "reminder" }))).status).toBe(409);
  });
});
