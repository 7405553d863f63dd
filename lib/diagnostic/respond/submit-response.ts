/**
 * The respondent's side (no sign-in): open a link, save answers as they go, submit once. What they
 * give is sealed with a key from their own link while they answer; submitting drops a sealed ballot
 * in the ballot box, which reaches the results shuffled, in batches, by another transaction — so a
 * response cannot be traced back to the link it came from (DESIGN §4.1.1).
 */
import { randomUUID } from "node:crypto";
import type { Db } from "@/lib/db/types";
import { ConflictError } from "@/lib/errors";
import { BALLOT_BATCH, emptyBallotBox } from "../ballot-box/empty-ballot-box";
import { ballotKey, seal, sessionKey } from "../ballot-box/seal";
import { hashSurveyToken } from "../survey-token";
import { assertTakingAnswers } from "./taking-answers";

/**
 * Submits the session, exactly once, as a ballot — one statement, one round trip (the hot path). It
 * share-locks the wave row, so closing waits for submissions under way and none lands after; deleting
 * the session is the exactly-once guard (of concurrent submits only one DELETE finds the row); an
 * invitation already marked used writes nothing. The answers move into the ballot box still sealed
 * with the link's key, which goes with them sealed with the app's key: the database never holds them
 * readable. The ballot box is emptied, in another transaction, once a batch is waiting.
 */
export async function submitResponse(db: Db, sessionToken: string): Promise<void> {
  const tokenHash = hashSurveyToken(sessionToken);
  const [outcome] = await db.$queryRaw<{ submitted: number; waveId: string | null }[]>`
    WITH session AS (
      SELECT s."id", s."waveId", s."invitationId" FROM "SurveySession" s WHERE s."tokenHash" = ${tokenHash}
    ), wave AS (
      SELECT w."id" FROM "Wave" w JOIN session ON session."waveId" = w."id"
      WHERE w."status" = 'open' AND (w."opensAt" IS NULL OR w."opensAt" <= now()) AND (w."closesAt" IS NULL OR w."closesAt" > now())
      FOR SHARE OF w
    ), claimed AS (
      DELETE FROM "SurveySession" s USING wave WHERE s."tokenHash" = ${tokenHash} AND s."waveId" = wave."id"
      RETURNING s."waveId", s."invitationId", s."department", s."role", s."level", s."sealed"
    ), used AS (
      UPDATE "WaveInvitation" invitation SET "submitted" = true FROM claimed
      WHERE invitation."id" = claimed."invitationId" AND invitation."submitted" = false
      RETURNING invitation."id"
    ), erased AS (
      -- The person's link kept sealed for reminders goes: they have answered.
      UPDATE "WaveRecipient" person SET "linkSealed" = NULL FROM used WHERE person."invitationId" = used."id"
      RETURNING 1
    ), ballot AS (
      INSERT INTO "Ballot" ("id", "waveId", "department", "role", "level", "sealed", "sealedKey")
      SELECT ${randomUUID()}, claimed."waveId", claimed."department", claimed."role", claimed."level", claimed."sealed", ${seal(sessionKey(sessionToken).toString("base64"), ballotKey())}
      FROM claimed
      WHERE claimed."invitationId" IS NULL OR EXISTS (SELECT 1 FROM used)
      RETURNING 1
    )
    SELECT (SELECT count(*) FROM ballot)::int AS submitted, (SELECT "waveId" FROM session) AS "waveId"`;
  if (outcome?.submitted === 1 && outcome.waveId) {
    // About one submission in a batch tries to empty the ballot box (which goes ahead only once a batch
    // waits): no count on the hot path.
    if (Math.random() < 1 / BALLOT_BATCH)
      await emptyBallotBox(db, outcome.waveId, "when-full").catch((error) =>
        console.error("The ballot box could not be emptied now (it will be later):", error),
      );
    return;
  }
  // Nothing written: say why (the wave has closed, or the response is already in).
  const wave = outcome?.waveId
    ? await db.wave.findUnique({
        where: { id: outcome.waveId },
        select: { status: true, opensAt: true, closesAt: true },
      })
    : null;
  if (wave) assertTakingAnswers(wave);
  throw new ConflictError("This response has already been submitted.");
}
