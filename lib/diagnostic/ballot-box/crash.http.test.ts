/**
 * `kill -9` of the built app while respondents submit (issue 10): no acknowledged answer is lost and
 * none is stored twice. Each respondent writes a comment of their own, so every acknowledged one is
 * looked for in the results after the app is back and the wave has closed.
 */
import { randomBytes } from "node:crypto";
import { afterAll, expect, it } from "vitest";
import {
  type AppServer,
  createThrowawayDatabase,
  freePort,
  startApp,
  type ThrowawayDatabase,
} from "@/lib/test-support/app-server";
import { makeOwnedOrganisation } from "@/lib/test-support/fixtures";
import { addInstrument } from "@/lib/diagnostic/instruments/add-instrument";
import { closeWave } from "@/lib/diagnostic/waves/close-wave";
import { createInvitations } from "@/lib/diagnostic/waves/create-invitations";
import { createWave } from "@/lib/diagnostic/waves/create-wave";
import { openWave } from "@/lib/diagnostic/waves/open-wave";

const RESPONDENTS = 240;
const KILL_AFTER = 100;
// The app and this test (which closes the wave, so opens the ballots) share the ballot box's secret.
const SECRET = randomBytes(32).toString("hex");
process.env.NEXTAUTH_SECRET = SECRET;

let database: ThrowawayDatabase | undefined;
let app: AppServer | undefined;

afterAll(async () => {
  await app?.stop();
  await database?.close();
});

it("loses no acknowledged response when the app is killed mid-submission, and stores none twice", async () => {
  database = await createThrowawayDatabase(undefined, "throughline_crash");
  const { db } = database;
  const owner = await makeOwnedOrganisation(db, "Crash Co");
  const { id: instrumentId } = await addInstrument(owner);
  const { id: waveId } = await createWave(owner, { name: "Crash", instrumentId, k: 5 });
  await openWave(owner, waveId);
  const tokens = await createInvitations(owner, waveId, { level: "frontline", count: RESPONDENTS });
  const port = await freePort();
  const env = { NEXTAUTH_SECRET: SECRET, RESPONDENT_REQUESTS_PER_IP: "1000000" };
  app = await startApp(database.url, port, env);
  const origin = app.origin;
  const headers = { origin, "content-type": "application/json" };
  // Everyone has answered; what remains is pressing Submit.
  for (const [i, token] of tokens.entries()) {
    expect((await fetch(`${origin}/api/survey/${token}`)).status).toBe(200);
    const saved = await fetch(`${origin}/api/survey/${token}/answers`, {
      method: "PUT",
      headers,
      body: JSON.stringify({ answers: { "pr-defined-1": 1 + (i % 5) }, comments: { possible: `respondent ${i}` } }),
    });
    expect(saved.status).toBe(204);
  }

  const acknowledged = new Set<number>();
  let next = 0;
  let killed = false;
  const submitter = async () => {
    while (next < RESPONDENTS) {
      const i = next++;
      try {
        const response = await fetch(`${origin}/api/survey/${tokens[i]}/submit`, {
          method: "POST",
          headers: { origin },
        });
        if (response.status === 204) acknowledged.add(i);
      } catch {
        // The connection died with the app: not acknowledged.
      }
      if (!killed && acknowledged.size >= KILL_AFTER) {
        killed = true;
        process.kill(-app!.pid, "SIGKILL");
      }
    }
  };
  await Promise.all(Array.from({ length: 12 }, submitter));
  expect(killed).toBe(true);
  expect(acknowledged.size).toBeGreaterThanOrEqual(KILL_AFTER);
  expect(acknowledged.size).toBeLessThan(RESPONDENTS);

  // Back up on the same database: the wave closes, the ballot box is emptied.
  app = await startApp(database.url, port, env);
  await closeWave(owner, waveId);
  const comments = (await db.response.findMany({ where: { waveId }, select: { comments: true } })).map(
    (r) => (r.comments as { possible?: string }).possible,
  );
  for (const i of acknowledged) expect(comments, `respondent ${i} was acknowledged`).toContain(`respondent ${i}`);
  expect(new Set(comments).size).toBe(comments.length);
  expect(comments.length).toBe(await db.waveInvitation.count({ where: { waveId, submitted: true } }));
  expect(await db.ballot.count({ where: { waveId } })).toBe(0);
});
