/**
 * Benchmark of writing one anonymous obstacle report (lib/obstacles/add-obstacle-report.ts) when the
 * organisation already has 1,000 and 10,000 anonymous reports, on a throwaway database of the local
 * PostgreSQL server (dropped at the end). Each anonymous report rewrites every other one of its organisation
 * so that they all share its transaction id (DESIGN §4.1.1), so the time grows with the reports kept.
 *   npm run bench:obstacles
 */
import { randomUUID } from "node:crypto";
import { addObstacleReport } from "@/lib/obstacles/add-obstacle-report";
import { createBenchDatabase, createBenchOrganisation } from "./app-server";
import { percentile, timed } from "./timing";

const SIZES = [1_000, 10_000];
const RUNS = 30;
const report = {
  kind: "form" as const,
  title: "The paper claim form",
  effect: "Customers print, sign and post it, and wait two weeks before anyone reads it.",
};

async function main() {
  const bench = await createBenchDatabase();
  const { db } = bench;
  try {
    const { access } = await createBenchOrganisation(db);
    const organisationId = access.organisation.id;
    const monday = new Date("2026-11-30T00:00:00Z");
    let kept = 0;
    for (const size of SIZES) {
      const rows = Array.from({ length: size - kept }, (_, i) => ({
        id: randomUUID(),
        organisationId,
        kind: "process" as const,
        title: `Obstacle ${kept + i}`,
        effect: "What it does to the customer, in a sentence or two of words.",
        reportedWeek: monday,
      }));
      for (let from = 0; from < rows.length; from += 5_000) {
        await db.obstacleReport.createMany({ data: rows.slice(from, from + 5_000) });
      }
      await db.$executeRawUnsafe(`VACUUM ANALYZE "ObstacleReport"`);
      await addObstacleReport(db, { organisationId }, report); // warm-up
      const times = await timed(RUNS, () => addObstacleReport(db, { organisationId }, report));
      kept = size + RUNS + 1;
      console.log(
        `${size.toLocaleString("en")} anonymous reports kept: one more takes p50 ${percentile(times, 50).toFixed(1)} ms, p90 ${percentile(times, 90).toFixed(1)} ms (${RUNS} runs)`,
      );
    }
  } finally {
    await bench.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
