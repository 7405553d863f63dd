/**
 * The invitation sender as a process of its own (`tsx lib/test-support/sender-process.ts`), for the crash
 * test and the benchmark: DATABASE_URL, SMTP_URL, NEXTAUTH_URL and NEXTAUTH_SECRET from the environment;
 * SENDER_LEASE_MS (default: the app's) and SENDER_CONCURRENCY. Prints what it sent as JSON, then exits.
 */
import { createClient } from "@/lib/db/create-client";
import { recoverAbandoned, sendQueuedMail } from "@/lib/diagnostic/audience/sending/send-queued-mail";

async function main() {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is required.");
  const concurrency = Number(process.env.SENDER_CONCURRENCY ?? 4);
  const { db, close } = createClient({ kind: "postgres", url, poolSize: concurrency + 2, connectTimeoutMs: 5000 });
  const lease = process.env.SENDER_LEASE_MS === undefined ? undefined : Number(process.env.SENDER_LEASE_MS);
  await recoverAbandoned(db, lease);
  const counts = await sendQueuedMail(db, { concurrency });
  console.log(JSON.stringify(counts));
  await close();
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
