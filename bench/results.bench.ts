/**
 * Benchmark of a wave's results at 10,000 respondents (≈ 300,000 answers; RESPONDENTS=130000 for the
 * design's largest wave) on the local PostgreSQL server (a throwaway database). The wave's close date
 * passes, so the first read through the built app publishes its results — empties the ballot box, adds
 * the answers up per cell in SQL and decides the disclosure plan — under the app's own statement
 * timeouts; then warm reads through HTTP, the same lib function in process, and one hand-written SQL
 * aggregate over the same answers, all in the same run.
 *   npm run build && npm run bench:results
 */
import pg from "pg";
import { getWaveResults } from "@/lib/diagnostic/results/get-wave-results";
import { addInstrument } from "@/lib/diagnostic/instruments/add-instrument";
import { createWave } from "@/lib/diagnostic/waves/create-wave";
import { openWave } from "@/lib/diagnostic/waves/open-wave";
import { BENCH_PASSWORD, createBenchDatabase, createBenchOrganisation, startApp } from "./app-server";
import { loadWave } from "./load-wave";
import { percentile, summary, timed } from "./timing";
import { signIn } from "@/lib/test-support/sign-in";

const RESPONDENTS = Number(process.env.RESPONDENTS ?? 10_000);
const RUNS = 30;
const PORT = Number(process.env.BENCH_PORT ?? 3301);

async function main() {
  const bench = await createBenchDatabase();
  const { db } = bench;
  const admin = new pg.Client({ connectionString: bench.url });
  await admin.connect();
  try {
    const { email, slug, access } = await createBenchOrganisation(db);
    const { id: instrumentId } = await addInstrument(access);
    const { id: waveId } = await createWave(access, { name: "Bench wave", instrumentId });
    await openWave(access, waveId);
    const started = performance.now();
    // Realistic cells: 40 departments, 400 roles (10 a department), three levels.
    const departments = Array.from({ length: 40 }, (_, d) => `d${d}`);
    await loadWave(
      db,
      waveId,
      instrumentId,
      RESPONDENTS,
      departments,
      Array.from({ length: 400 }, (_, r) => ({ key: `r${r}`, department: departments[r % 40]! })),
    );
    const answerCount = await db.answer.count();
    console.log(
      `Loaded ${RESPONDENTS} respondents, ${answerCount} answers in ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );
    await admin.query(`ANALYZE "Answer"; ANALYZE "Response"`);
    await db.wave.update({ where: { id: waveId }, data: { closesAt: new Date(Date.now() - 1000) } });

    const server = await startApp(bench.url, PORT);
    try {
      const cookie = await signIn(server.origin, email, BENCH_PASSWORD);
      const url = `${server.origin}/api/orgs/${slug}/waves/${waveId}/results?by=department`;
      const get = async () => {
        const response = await fetch(url, { headers: { cookie } });
        if (!response.ok) throw new Error(`results answered ${response.status}`);
        return response.json();
      };
      const [httpCold] = await timed(1, get);
      const publication = await db.resultsSnapshot.findFirstOrThrow({ where: { waveId, final: true } });
      const httpWarm = await timed(RUNS, get);
      const inProcess = await timed(RUNS, () => getWaveResults(access, waveId, "department"));
      const handSql = `SELECT r."department", i."key", count(*), avg(CASE WHEN i."reversed" THEN 6 - a."value" ELSE a."value" END)
        FROM "Answer" a JOIN "Response" r ON r."id" = a."responseId" JOIN "InstrumentItem" i ON i."id" = a."itemId"
        WHERE r."waveId" = $1 AND a."value" IS NOT NULL GROUP BY 1, 2`;
      const hand = await timed(RUNS, () => admin.query(handSql, [waveId]));
      console.log(
        `first read through the app, which publishes the closed wave's results (${(publication.atoms as unknown[]).length} cells, ${(publication.plan as { groups: string[] }).groups.length} groups shown): ${httpCold!.toFixed(0)} ms`,
      );
      console.log(`results JSON by department through the app (HTTP, signed in), warm: ${summary(httpWarm)}`);
      console.log(`the same lib function in process: warm ${summary(inProcess)}`);
      console.log(`one hand-written SQL aggregate (items × departments): ${summary(hand)}`);
      console.log(
        `ratio app HTTP p95 / hand-written p95: ${(percentile(httpWarm, 95) / percentile(hand, 95)).toFixed(2)} (the app also computes per-respondent dimension means, respondents and comments per segment, and applies anonymity)`,
      );
    } finally {
      await server.stop();
    }
  } finally {
    await admin.end();
    await bench.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
