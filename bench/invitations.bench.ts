/**
 * Benchmark of the audience (issue 14) on the PostgreSQL server (BENCH_DATABASE_URL, default the local
 * server, in a throwaway database):
 *   - a people list of 150,000 rows imported (checked and written): seconds and rows/s (target ≤ 30 s);
 *   - 10,000 invitations sent through a real SMTP server on loopback (another process): mails/s,
 *     addresses mailed twice (must be 0), and this process's memory peak;
 *   - a reminder after three in ten have answered: mails/s, and that it reached exactly the others, once.
 *   npm run bench:invitations  (BENCH_PEOPLE, BENCH_MAILS and BENCH_CONCURRENCY change the sizes)
 */
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { createThrowawayDatabase, freePort } from "@/lib/test-support/app-server";
import { makeOwnedOrganisation } from "@/lib/test-support/fixtures";
import { addInstrument } from "@/lib/diagnostic/instruments/add-instrument";
import { createWave } from "@/lib/diagnostic/waves/create-wave";
import { openWave } from "@/lib/diagnostic/waves/open-wave";
import { importPeople } from "@/lib/diagnostic/audience/import-people";
import { requestSend } from "@/lib/diagnostic/audience/request-send";
import { scheduleMailing } from "@/lib/diagnostic/audience/schedule-mailing";
import { sendQueuedMail } from "@/lib/diagnostic/audience/sending/send-queued-mail";
import { startDueMailings } from "@/lib/diagnostic/audience/sending/start-due-mailings";

const PEOPLE = Number(process.env.BENCH_PEOPLE ?? 150_000);
const MAILS = Number(process.env.BENCH_MAILS ?? 10_000);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 8);
const LEVELS = ["leader", "manager", "frontline"];

function peopleCsv(n: number, departments: string[]): string {
  const lines = ["Email,Department,Role,Level,Language,Employee number"];
  for (let i = 0; i < n; i++)
    lines.push(`person${i}@bench.example.test,${departments[i % departments.length]},,${LEVELS[i % 3]},en,E${i}`);
  return lines.join("\n");
}

async function main() {
  process.env.NEXTAUTH_SECRET ??= randomBytes(32).toString("hex");
  process.env.NEXTAUTH_URL ??= "http://localhost:3000";
  const database = await createThrowawayDatabase(process.env.BENCH_DATABASE_URL, "throughline_bench_invite");
  const smtpPort = await freePort(3400, 3449);
  const readOutPort = await freePort(3450, 3499);
  const mailServer = spawn(
    process.execPath,
    ["--import", "tsx", "scripts/e2e-mail-server.ts", `${smtpPort}`, `${readOutPort}`],
    {
      stdio: ["ignore", "pipe", "inherit"],
    },
  );
  await new Promise<void>((resolve) => mailServer.stdout!.once("data", () => resolve()));
  try {
    const { db } = database;
    const owner = await makeOwnedOrganisation(db, "Bench Audience");
    const departments = Array.from({ length: 40 }, (_, i) => `dept-${i}`);
    for (const key of departments)
      await db.department.create({ data: { organisationId: owner.organisation.id, key, name: `Department ${key}` } });
    const { id: instrumentId } = await addInstrument(owner);

    // 1. The people list.
    const big = await createWave(owner, { name: "Import bench", instrumentId });
    const csv = peopleCsv(PEOPLE, departments);
    let started = performance.now();
    const imported = await importPeople(owner, big.id, csv);
    const importSeconds = (performance.now() - started) / 1000;
    console.log(
      `people list: ${imported.total} rows (${(csv.length / 1e6).toFixed(1)} MB) checked and imported in ${importSeconds.toFixed(1)} s — ${Math.round(imported.total / importSeconds)} rows/s (target: 150,000 in ≤ 30 s)`,
    );

    // 2. Sending.
    process.env.SMTP_URL = `smtp://127.0.0.1:${smtpPort}`;
    const { id: waveId } = await createWave(owner, { name: "Send bench", instrumentId });
    await openWave(owner, waveId);
    await importPeople(owner, waveId, peopleCsv(MAILS, departments));
    await requestSend(owner, waveId, "new");
    let peak = process.memoryUsage().rss;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
    started = performance.now();
    const counts = await sendQueuedMail(db, { concurrency: CONCURRENCY });
    const sendSeconds = (performance.now() - started) / 1000;
    clearInterval(sampler);
    const delivered = (await (await fetch(`http://127.0.0.1:${readOutPort}/messages`)).json()) as { to: string[] }[];
    const perAddress = new Map<string, number>();
    for (const mail of delivered) for (const to of mail.to) perAddress.set(to, (perAddress.get(to) ?? 0) + 1);
    const duplicates = [...perAddress.values()].filter((n) => n > 1).length;
    console.log(
      `sending: ${counts.sent} sent, ${counts.failed} failed in ${sendSeconds.toFixed(1)} s — ${(counts.sent / sendSeconds).toFixed(0)} mails/s with ${CONCURRENCY} workers; delivered ${delivered.length} to ${perAddress.size} addresses; addresses mailed twice: ${duplicates}; memory peak ${(peak / 1024 / 1024).toFixed(0)} MB RSS`,
    );
    if (duplicates > 0 || perAddress.size !== MAILS) process.exitCode = 1;

    // 3. A reminder: three in ten have answered (their invitation used, their kept link erased, as answering
    // does); the reminder must reach exactly the other seven in ten, each once.
    const answered = await db.$executeRaw`
      WITH chosen AS (
        SELECT person."invitationId" AS id, person."id" AS person FROM "WaveRecipient" person
        WHERE person."waveId" = ${waveId} AND abs(hashtext(person."email")) % 10 < 3
      ), used AS (UPDATE "WaveInvitation" SET "submitted" = true FROM chosen WHERE "WaveInvitation"."id" = chosen.id)
      UPDATE "WaveRecipient" SET "linkSealed" = NULL FROM chosen WHERE "WaveRecipient"."id" = chosen.person`;
    await scheduleMailing(owner, waveId, { kind: "reminder" });
    peak = process.memoryUsage().rss;
    const reminderSampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
    started = performance.now();
    await startDueMailings(db);
    const reminded = await sendQueuedMail(db, { concurrency: CONCURRENCY });
    const remindSeconds = (performance.now() - started) / 1000;
    clearInterval(reminderSampler);
    const all = (await (await fetch(`http://127.0.0.1:${readOutPort}/messages`)).json()) as {
      to: string[];
      subject: string;
    }[];
    const reminders = all.filter((m) => m.subject.startsWith("Reminder:"));
    const remindedAddresses = new Set(reminders.flatMap((m) => m.to));
    const answeredAddresses = await db.waveRecipient.findMany({
      where: { waveId, invitation: { submitted: true } },
      select: { email: true },
    });
    const remindedAnswerers = answeredAddresses.filter((p) => remindedAddresses.has(p.email)).length;
    console.log(
      `reminder: ${reminded.sent} sent to the ${MAILS - answered} who had not answered (of ${MAILS}) in ${remindSeconds.toFixed(1)} s — ${(reminded.sent / remindSeconds).toFixed(0)} mails/s (${(reminded.sent / remindSeconds / (counts.sent / sendSeconds)).toFixed(2)}× the invitations' rate); reminded twice: ${reminders.length - remindedAddresses.size}; reminded though they had answered: ${remindedAnswerers}; memory peak ${(peak / 1024 / 1024).toFixed(0)} MB RSS`,
    );
    console.log(`import time against the 30 s target: ${(importSeconds / 30).toFixed(2)}×`);
    if (remindedAnswerers > 0 || reminders.length !== remindedAddresses.size || reminded.sent !== MAILS - answered)
      process.exitCode = 1;
  } finally {
    mailServer.kill("SIGTERM");
    await database.close();
  }
}

main().then(
  () => process.exit(process.exitCode ?? 0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
