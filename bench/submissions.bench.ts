/**
 * Benchmark of the respondent hot path: submitting a response through the built app (POST
 * /api/survey/:token/submit, with its per-IP throttle) at 50 connections with autocannon, next to the
 * same machine's raw `pg` insert of an identical response (response row + answer rows, one
 * transaction) at 50 connections, in the same run, on a throwaway database of the local PostgreSQL server.
 *   npm run build && npm run bench:submissions
 */
import { randomBytes, randomUUID } from "node:crypto";
import autocannon from "autocannon";
import pg from "pg";
import { createClient } from "@/lib/db/create-client";
import { seal, sessionKey } from "@/lib/diagnostic/ballot-box/seal";
import { submitResponse } from "@/lib/diagnostic/respond/submit-response";
import { hashSurveyToken } from "@/lib/diagnostic/survey-token";
import { addInstrument } from "@/lib/diagnostic/instruments/add-instrument";
import { createWave } from "@/lib/diagnostic/waves/create-wave";
import { openWave } from "@/lib/diagnostic/waves/open-wave";
import { createBenchDatabase, createBenchOrganisation, startApp } from "./app-server";
import { percentile, runConcurrently } from "./timing";

const SUBMISSIONS = Number(process.env.SUBMISSIONS ?? 10_000);
const WARM_UP = 1_000;
const CONNECTIONS = 50;
const PORT = Number(process.env.BENCH_PORT ?? 3300);
// Ballots are sealed with the app's secret: the app and this process (which submits too) share one.
process.env.NEXTAUTH_SECRET ??= randomBytes(32).toString("hex");

type Figures = { label: string; total: number; errors: number; seconds: number; p50: number; p99: number };

function report(f: Figures) {
  return `${f.label}: ${f.total} in ${f.seconds.toFixed(2)} s = ${(f.total / f.seconds).toFixed(0)}/s, latency p50 ${f.p50.toFixed(1)} ms, p99 ${f.p99.toFixed(1)} ms, ${f.errors} errors`;
}

async function main() {
  const bench = await createBenchDatabase();
  const { db } = bench;
  try {
    const { access } = await createBenchOrganisation(db);
    const { id: instrumentId } = await addInstrument(access);
    const { id: waveId } = await createWave(access, { name: "Bench wave", instrumentId });
    await openWave(access, waveId);
    const items = await db.instrumentItem.findMany({ where: { instrumentId }, orderBy: { position: "asc" } });
    // One response, answered in full (one "don't know"), with a comment: the same for the app and raw pg.
    const answers = Object.fromEntries(items.map((item, i) => [item.key, i === 3 ? null : 1 + (i % 5)]));
    const comments = { possible: "The handling-time target stops me fixing the problem on the first call." };

    // Answered sessions, as respondents leave them before pressing Submit (sealed with each link's key).
    const tokens = Array.from({ length: 2 * (WARM_UP + SUBMISSIONS) }, () => randomBytes(24).toString("base64url"));
    for (let from = 0; from < tokens.length; from += 5000) {
      const batch = tokens.slice(from, from + 5000);
      await db.$executeRaw`
        INSERT INTO "SurveySession" ("id", "waveId", "tokenHash", "department", "level", "sealed")
        SELECT gen_random_uuid()::text, ${waveId}, hash, 'contact-centre', 'frontline', sealed
        FROM unnest(${batch.map(hashSurveyToken)}::text[], ${batch.map((token) => seal({ answers, comments }, sessionKey(token)))}::bytea[]) AS t(hash, sealed)`;
    }

    // Raw pg: BEGIN; INSERT the response; INSERT its answers (one multi-row statement); COMMIT.
    const pool = new pg.Pool({ connectionString: bench.url, max: CONNECTIONS });
    const answerValues = items.map((_, i) => `($1, $${i * 2 + 2}, $${i * 2 + 3}::smallint)`).join(", ");
    const answerParams = items.flatMap((item) => [item.id, answers[item.key]]);
    async function rawInsert() {
      const client = await pool.connect();
      try {
        const id = randomUUID();
        await client.query("BEGIN");
        await client.query(
          `INSERT INTO "Response" ("id", "waveId", "department", "level", "comments") VALUES ($1, $2, 'contact-centre', 'frontline', $3)`,
          [id, waveId, comments],
        );
        await client.query(`INSERT INTO "Answer" ("responseId", "itemId", "value") VALUES ${answerValues}`, [
          id,
          ...answerParams,
        ]);
        await client.query("COMMIT");
      } finally {
        client.release();
      }
    }
    async function runRaw(count: number): Promise<Figures> {
      const { seconds, errors, latencies } = await runConcurrently(count, CONNECTIONS, rawInsert);
      return {
        label: "raw pg insert",
        total: count,
        errors,
        seconds,
        p50: percentile(latencies, 50),
        p99: percentile(latencies, 99),
      };
    }

    // The app's submit function called in this process (no HTTP), on its own pool of the app's size.
    const appPoolSize = Number(process.env.DB_POOL_SIZE ?? 20);
    const direct = createClient({ kind: "postgres", url: bench.url, poolSize: appPoolSize, connectTimeoutMs: 5000 });
    let nextToken = 0;
    async function runDirect(count: number): Promise<Figures> {
      const { seconds, errors, latencies } = await runConcurrently(count, CONNECTIONS, () =>
        submitResponse(direct.db, tokens[nextToken++]!),
      );
      return {
        label: "submitResponse() in process, no HTTP",
        total: count,
        errors,
        seconds,
        p50: percentile(latencies, 50),
        p99: percentile(latencies, 99),
      };
    }

    const server = await startApp(bench.url, PORT, {
      RESPONDENT_REQUESTS_PER_IP: "100000000",
      DB_POOL_SIZE: String(appPoolSize),
      NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET!,
    });
    // autocannon reports in whole-second samples; the time to the last response is measured here instead.
    const load = (label: string, options: autocannon.Options) =>
      new Promise<Figures>((resolve, reject) => {
        const started = performance.now();
        let lastResponse = started;
        const instance = autocannon({ connections: CONNECTIONS, ...options }, (error, result) => {
          if (error) return reject(error);
          resolve({
            label,
            total: result["2xx"],
            errors: result.errors + result.non2xx + result.timeouts,
            seconds: (lastResponse - started) / 1000,
            p50: result.latency.p50,
            p99: result.latency.p99,
          });
        });
        instance.on("response", () => (lastResponse = performance.now()));
      });
    const runApp = (count: number) =>
      load("app submissions (HTTP)", {
        url: server.origin,
        amount: count,
        requests: [
          {
            method: "POST",
            setupRequest: (request) => ({ ...request, path: `/api/survey/${tokens[nextToken++]}/submit` }),
          },
        ],
      });
    // The framework's own floor on this machine: a route that does one `SELECT 1` (GET /api/health).
    const runHealth = (count: number) =>
      load("same app, GET /api/health (one SELECT 1)", { url: `${server.origin}/api/health`, amount: count });
    try {
      await runRaw(WARM_UP);
      await runApp(WARM_UP);
      await runHealth(WARM_UP);
      await runDirect(WARM_UP);
      const raw = await runRaw(SUBMISSIONS);
      const inProcess = await runDirect(SUBMISSIONS);
      const app = await runApp(SUBMISSIONS);
      const health = await runHealth(SUBMISSIONS);
      const stored = (await db.response.count({ where: { waveId } })) + (await db.ballot.count({ where: { waveId } }));
      console.log(
        `PostgreSQL at ${new URL(bench.url).host}, ${CONNECTIONS} connections, ${items.length} answers per response, app pool ${appPoolSize}`,
      );
      console.log(report(raw));
      console.log(report(inProcess));
      console.log(report(app));
      console.log(report(health));
      console.log(
        `ratio app / raw throughput: ${(app.total / app.seconds / (raw.total / raw.seconds)).toFixed(2)} (target ≥ 0.80); in process / raw: ${(inProcess.total / inProcess.seconds / (raw.total / raw.seconds)).toFixed(2)}; app submissions / app health route: ${(app.total / app.seconds / (health.total / health.seconds)).toFixed(2)}; responses stored: ${stored} (expected ${3 * (WARM_UP + SUBMISSIONS)})`,
      );
    } finally {
      await server.stop();
      await pool.end();
      await direct.close();
    }
  } finally {
    await bench.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
