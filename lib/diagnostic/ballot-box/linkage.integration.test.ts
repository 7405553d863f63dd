/**
 * The database administrator's attack (DESIGN §4.1.1): with every table, every column and the system
 * columns (xmin, ctid) at hand, after real submissions, try to pair responses with the invitations
 * they came from. Each respondent answers a pattern of their own, so the test knows the true pairs.
 */
import { expect, it } from "vitest";
import { makeOwnedOrganisation } from "@/lib/test-support/fixtures";
import { describeOnEachDatabase } from "@/lib/test-support/test-databases";
import { DEFAULT_INSTRUMENT } from "../default-instrument";
import { addInstrument } from "@/lib/diagnostic/instruments/add-instrument";
import { openInvitation } from "@/lib/diagnostic/respond/open-invitation";
import { saveAnswers } from "@/lib/diagnostic/respond/save-answers";
import { submitResponse } from "@/lib/diagnostic/respond/submit-response";
import { closeWave } from "@/lib/diagnostic/waves/close-wave";
import { createInvitations } from "@/lib/diagnostic/waves/create-invitations";
import { createWave } from "@/lib/diagnostic/waves/create-wave";
import { openWave } from "@/lib/diagnostic/waves/open-wave";
import { BALLOT_BATCH } from "./empty-ballot-box";

const SUBMISSIONS = 5 * BALLOT_BATCH;
const KEYS = DEFAULT_INSTRUMENT.items.slice(0, 4).map((i) => i.key);
/** Respondent i's answers: i written in base 5 over four statements (unique for i < 625). */
const pattern = (i: number) => Object.fromEntries(KEYS.map((key, d) => [key, 1 + (Math.floor(i / 5 ** d) % 5)]));
const indexOf = (answers: Record<string, number>) =>
  KEYS.reduce((sum, key, d) => sum + (answers[key]! - 1) * 5 ** d, 0);

describeOnEachDatabase("linkage between responses and invitations", (use) => {
  it("leaves no column, transaction id, physical order or time that pairs a response with its invitation more than chance would", async () => {
    const { db } = use();
    const owner = await makeOwnedOrganisation(db, "Linkage Co");
    const { id: instrumentId } = await addInstrument(owner);
    const { id: waveId } = await createWave(owner, { name: "Linkage", instrumentId, k: 5 });
    await openWave(owner, waveId);
    const tokens = await createInvitations(owner, waveId, { level: "frontline", count: SUBMISSIONS });
    for (const [i, token] of tokens.entries()) {
      await openInvitation(db, token);
      await saveAnswers(db, token, { answers: pattern(i) });
      await submitResponse(db, token);
    }
    await closeWave(owner, waveId);

    // Responses in physical order, each with the submission it truly is.
    const responses = await db.$queryRaw<{ id: string; xmin: string; ctid: string; cells: Record<string, unknown> }[]>`
      SELECT r."id", r.xmin::text AS xmin, r.ctid::text AS ctid, to_jsonb(r) AS cells FROM "Response" r WHERE r."waveId" = ${waveId} ORDER BY r.ctid`;
    expect(responses).toHaveLength(SUBMISSIONS);
    const answers = await db.answer.findMany({
      where: { response: { waveId } },
      include: { item: { select: { key: true } } },
    });
    const truth = new Map(
      responses.map((r) => [
        r.id,
        indexOf(Object.fromEntries(answers.filter((a) => a.responseId === r.id).map((a) => [a.item.key, a.value!]))),
      ]),
    );

    // Transaction ids: no response or answer shares one with an invitation or a session.
    const shared = await db.$queryRaw<{ n: number }[]>`
      SELECT (SELECT count(*) FROM "Response" r JOIN "WaveInvitation" i ON i.xmin = r.xmin WHERE r."waveId" = ${waveId})::int
           + (SELECT count(*) FROM "Answer" a JOIN "WaveInvitation" i ON i.xmin = a.xmin JOIN "Response" r ON r."id" = a."responseId" WHERE r."waveId" = ${waveId})::int AS n`;
    expect(shared[0]!.n).toBe(0);
    // Columns: no value of a response equals any value of an invitation (ids, token hashes, segments aside).
    const invitationValues = new Set(
      (
        await db.$queryRaw<
          { v: string }[]
        >`SELECT "id" AS v FROM "WaveInvitation" WHERE "waveId" = ${waveId} UNION SELECT "tokenHash" FROM "WaveInvitation" WHERE "waveId" = ${waveId}`
      ).map((r) => r.v),
    );
    for (const r of responses)
      for (const value of Object.values(r.cells)) expect(invitationValues.has(String(value))).toBe(false);
    // No time at all on a response.
    expect(Object.keys(responses[0]!.cells).filter((c) => /at$|time|date/i.test(c))).toEqual([]);
    // Physical order: guessing "the n-th row is the n-th submission" is right about as often as chance
    // (about one in a batch: five expected, twenty has odds of about one in ten million), not for every
    // row as when responses were written as they were submitted.
    const rightGuesses = responses.filter((r, position) => truth.get(r.id) === position).length;
    expect(rightGuesses).toBeLessThan(20);
    // Transaction ids only tell batches apart: every batch holds at least BALLOT_BATCH responses.
    const perTransaction = new Map<string, number>();
    for (const r of responses) perTransaction.set(r.xmin, (perTransaction.get(r.xmin) ?? 0) + 1);
    expect(Math.min(...perTransaction.values())).toBeGreaterThanOrEqual(BALLOT_BATCH);
  });
});
