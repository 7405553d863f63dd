/**
 * The database administrator's attack on people lists (DESIGN §4.1.1): invitations mailed from a list
 * carry the person's email one join away from the invitation. With every table, column and system column
 * at hand after real answers, try to pair an email with a response. Each person answers a pattern of their
 * own, so the test knows the true pairs.
 */
import { afterEach, beforeEach, expect, it, vi } from "vitest";
import { makeOwnedOrganisation } from "@/lib/test-support/fixtures";
import { surveyTokenIn } from "@/lib/test-support/smtp-test-server";
import { describeOnEachDatabase } from "@/lib/test-support/test-databases";
import { DEFAULT_INSTRUMENT } from "@/lib/diagnostic/default-instrument";
import { BALLOT_BATCH } from "@/lib/diagnostic/ballot-box/empty-ballot-box";
import { addInstrument } from "@/lib/diagnostic/instruments/add-instrument";
import { openInvitation } from "@/lib/diagnostic/respond/open-invitation";
import { saveAnswers } from "@/lib/diagnostic/respond/save-answers";
import { submitResponse } from "@/lib/diagnostic/respond/submit-response";
import { closeWave } from "@/lib/diagnostic/waves/close-wave";
import { createWave } from "@/lib/diagnostic/waves/create-wave";
import { openWave } from "@/lib/diagnostic/waves/open-wave";
import { importPeople } from "./import-people";
import { requestSend } from "./request-send";
import { sendQueuedMail } from "./sending/send-queued-mail";

const PEOPLE = 2 * BALLOT_BATCH;
const KEYS = DEFAULT_INSTRUMENT.items.slice(0, 4).map((i) => i.key);
const pattern = (i: number) => Object.fromEntries(KEYS.map((key, d) => [key, 1 + (Math.floor(i / 5 ** d) % 5)]));

beforeEach(() => {
  vi.stubEnv("SMTP_URL", ""); // the outbox: the test reads each person's link there
  vi.stubEnv("NEXTAUTH_URL", "http://localhost:3000");
});
afterEach(() => vi.unstubAllEnvs());

describeOnEachDatabase("linkage between responses and the people list", (use) => {
  it("leaves no column, foreign key or transaction id that joins a person's email to a response", async () => {
    const { db } = use();
    const owner = await makeOwnedOrganisation(db, "List Linkage Co");
    const { id: instrumentId } = await addInstrument(owner);
    const { id: waveId } = await createWave(owner, { name: "List linkage", instrumentId, k: 5 });
    await openWave(owner, waveId);
    const emails = Array.from({ length: PEOPLE }, (_, i) => `person${i}@linkage.example.test`);
    await importPeople(owner, waveId, ["email,level", ...emails.map((e) => `${e},frontline`)].join("\n"));
    await requestSend(owner, waveId, "new");
    await sendQueuedMail(db);
    for (const [i, email] of emails.entries()) {
      const mail = await db.outboxMessage.findFirstOrThrow({ where: { to: email } });
      const token = surveyTokenIn(mail.text);
      await openInvitation(db, token);
      await saveAnswers(db, token, { answers: pattern(i) });
      await submitResponse(db, token);
    }
    await closeWave(owner, waveId);
    expect(await db.waveInvitation.count({ where: { waveId, submitted: true } })).toBe(PEOPLE);

    // The schema: no foreign key from the people list to anything that holds answers, or back.
    const keys = await db.$queryRaw<{ from_table: string; to_table: string }[]>`
      SELECT c.conrelid::regclass::text AS from_table, c.confrelid::regclass::text AS to_table
      FROM pg_constraint c WHERE c.contype = 'f'`;
    const answerTables = ['"Response"', '"Answer"', '"Ballot"', '"SurveySession"'];
    for (const key of keys) {
      if (key.from_table === '"WaveRecipient"') expect(answerTables).not.toContain(key.to_table);
      if (answerTables.includes(key.from_table)) expect(key.to_table).not.toBe('"WaveRecipient"');
    }
    // Columns: no value of a response equals any value of a person on the list.
    const personValues = new Set(
      (
        await db.$queryRaw<{ v: string }[]>`
          SELECT "id" AS v FROM "WaveRecipient" WHERE "waveId" = ${waveId}
          UNION SELECT "email" FROM "WaveRecipient" WHERE "waveId" = ${waveId}
          UNION SELECT "invitationId" FROM "WaveRecipient" WHERE "waveId" = ${waveId}`
      ).map((r) => r.v),
    );
    const responses = await db.$queryRaw<{ cells: Record<string, unknown> }[]>`
      SELECT to_jsonb(r) AS cells FROM "Response" r WHERE r."waveId" = ${waveId}`;
    expect(responses).toHaveLength(PEOPLE);
    for (const r of responses)
      for (const value of Object.values(r.cells)) expect(personValues.has(String(value))).toBe(false);
    // Transaction ids: no response or answer was written in the transaction that wrote or updated a person.
    const shared = await db.$queryRaw<{ n: number }[]>`
      SELECT (SELECT count(*) FROM "Response" r JOIN "WaveRecipient" p ON p.xmin = r.xmin WHERE r."waveId" = ${waveId})::int
           + (SELECT count(*) FROM "Answer" a JOIN "WaveRecipient" p ON p.xmin = a.xmin
              JOIN "Response" r ON r."id" = a."responseId" WHERE r."waveId" = ${waveId})::int AS n`;
    expect(shared[0]!.n).toBe(0);
    // What the list does tell: who was asked and whether they answered — participation, not answers.
    const person = await db.waveRecipient.findFirstOrThrow({
      where: { waveId },
      include: { invitation: { select: { submitted: true } } },
    });
    expect(person.invitation?.submitted).toBe(true);
  }, 180_000);
});
