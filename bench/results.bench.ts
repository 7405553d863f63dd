/**
 * Benchmark of a wave's results at 10,000 respondents (≈ 300,000 answers) on the PostgreSQL server
 * (BENCH_DATABASE_URL, default the local `test` database, in a throwaway schema): the app's results
 * (SQL aggregates through the anonymity rules) by department, cold and warm, next to one hand-written
 * SQL aggregate over the same answers in the same run.
 *   npm run bench:results
 */
import { randomBytes, randomUUID } from "node:crypto";
import pg from "pg";
import { insertAnswers } from "@/lib/diagnostic/insert-answers";
import { createClient } from "@/lib/db/create-client";
import { applyMigrations } from "@/lib/db/migrate";
import { getWaveResults } from "@/lib/diagnostic/results/wave-results";
import { addInstrument, createWave, openWave } from "@/lib/diagnostic/waves/manage-waves";
import { createOrganisation } from "@/lib/organisations/create-organisation";
import { resolveOrgAccess } from "@/lib/organisations/access";
import { percentile } from "./percentile";

const url = process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";
const RESPONDENTS = Number(process.env.RESPONDENTS ?? 10_000);

async function main() {
  const schema = `bench_${randomBytes(4).toString("hex")}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${schema}`);
  const { db, database, close } = createClient({ kind: "postgres", url, poolSize: 4, connectTimeoutMs: 5000, schema });
  try {
    await applyMigrations(database);
    const user = await db.user.create({ data: { email: "bench@example.test", name: "Bench", passwordHash: "x" } });
    const actor = { id: user.id, email: user.email, name: user.name };
    const organisation = await createOrganisation({ db, actor }, { name: "Bench" });
    const access = await resolveOrgAccess(db, actor, organisation.slug, "diagnostic:manage");
    const { id: instrumentId } = await addInstrument(access);
    const { id: waveId } = await createWave(access, { name: "Bench wave", instrumentId });
    await openWave(access, waveId);
    const items = await db.instrumentItem.findMany({ where: { instrumentId } });
    const departments = ["contact", "claims", "billing", "logistics", "marketing", "it", "hr", "sales"];
    const levels = ["leader", "manager", "frontline", "frontline", "frontline"];
    let started = performance.now();
    for (let done = 0; done < RESPONDENTS; done += 2000) {
      const batch = Array.from({ length: Math.min(2000, RESPONDENTS - done) }, (_, i) => ({ id: randomUUID(), department: departments[(done + i) % departments.length]!, level: levels[(done + i) % levels.length]! }));
      await db.response.createMany({ data: batch.map((r) => ({ ...r, waveId })) });
      const answers = batch.flatMap((r, i) => items.map((item, j) => ({ responseId: r.id, itemId: item.id, value: (i * 7 + j * 3) % 6 === 0 ? null : 1 + ((i + j) % 5) })));
      await insertAnswers(db, answers);
    }
    const answerCount = await db.answer.count();
    console.log(`Loaded ${RESPONDENTS} respondents, ${answerCount} answers in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    await admin.query(`ANALYZE ${schema}."Answer"; ANALYZE ${schema}."Response"`);

    started = performance.now();
    await getWaveResults(access, waveId, "department");
    const cold = performance.now() - started;
    const warm: number[] = [];
    for (let i = 0; i < 20; i++) {
      started = performance.now();
      await getWaveResults(access, waveId, "department");
      warm.push(performance.now() - started);
    }
    const handSql = `SELECT r."department", i."key", count(*), avg(CASE WHEN i."reversed" THEN 6 - a."value" ELSE a."value" END)
      FROM ${schema}."Answer" a JOIN ${schema}."Response" r ON r."id" = a."responseId" JOIN ${schema}."InstrumentItem" i ON i."id" = a."itemId"
      WHERE r."waveId" = $1 AND a."value" IS NOT NULL GROUP BY 1, 2`;
    const hand: number[] = [];
    for (let i = 0; i < 20; i++) {
      started = performance.now();
      await admin.query(handSql, [waveId]);
      hand.push(performance.now() - started);
    }
    console.log(`results by department (app, SQL aggregates + anonymity): cold ${cold.toFixed(0)} ms, warm p50 ${percentile(warm, 50).toFixed(0)} ms, p95 ${percentile(warm, 95).toFixed(0)} ms`);
    console.log(`one hand-written SQL aggregate (items × departments): p50 ${percentile(hand, 50).toFixed(0)} ms, p95 ${percentile(hand, 95).toFixed(0)} ms`);
    console.log(`ratio app p95 / hand-written p95: ${(percentile(warm, 95) / percentile(hand, 95)).toFixed(2)} (the app runs 4 aggregates twice — by level for the gaps and by department — plus the previous wave)`);
  } finally {
    await close();
    await admin.query(`DROP SCHEMA ${schema} CASCADE`);
    await admin.end();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
