/**
 * Benchmark of taking one anonymous obstacle report as the obstacle link does (lib/obstacles: into the
 * ballot box, then asking the box to empty — which moves nothing while the week is on) when the organisation
 * already lists 1,000 and 10,000 reports, and of the week's batch joining the list (shuffled, then the box
 * vacuumed), on a throwaway database of the local PostgreSQL server (dropped at the end). Neither should grow
 * with the reports kept.
 *   npm run bench:obstacles
 */
import { randomUUID } from "node:crypto";
import { addObstacleReport } from "@/lib/obstacles/add-obstacle-report";
import { emptyObstacleBox } from "@/lib/obstacles/ballot-box/empty-obstacle-box";
import { createBenchDatabase, createBenchOrganisation } from "./app-server";
import { percentile } from "./timing";

const SIZES = [1_000, 10_000];
const RUNS = 50;
const report = {
  kind: "form" as const,
  title: "The paper claim form",
  effect: "Customers print, sign and post it, and wait two weeks before anyone reads it.",
};

const figures = (times: number[]) =>
  `p50 ${percentile(times, 50).toFixed(1)} ms, p90 ${percentile(times, 90).toFixed(1)} ms (${times.length} runs)`;

async function main() {
  process.env.NEXTAUTH_SECRET ??= "bench secret for sealing the ballot box";
  const bench = await createBenchDatabase();
  const { db } = bench;
  try {
    const { access } = await createBenchOrganisation(db);
    const organisationId = access.organisation.id;
    const monday = new Date("2026-11-30T00:00:00Z");
    const take = async () => {
      await addObstacleReport(db, { organisationId }, report);
      return emptyObstacleBox(db, organisationId);
    };
    const p50s: number[] = [];
    for (const size of SIZES) {
      const kept = await db.obstacleReport.count({ where: { organisationId } });
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
      await take(); // warm-up
      const into: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        const started = performance.now();
        await take();
        into.push(performance.now() - started);
      }
      const waiting = await db.obstacleBallot.count({ where: { organisationId } });
      const started = performance.now();
      const moved = await emptyObstacleBox(db, organisationId, new Date(Date.now() + 7 * 86_400_000));
      const batch = performance.now() - started;
      if (moved !== waiting) throw new Error(`${moved} of ${waiting} waiting reports joined the list`);
      p50s.push(percentile(into, 50));
      console.log(`${size.toLocaleString("en")} reports listed:`);
      console.log(`  a report into the ballot box: ${figures(into)}`);
      console.log(
        `  the week's ${moved} reports joining the list (one batch, with the vacuum): ${batch.toFixed(1)} ms`,
      );
    }
    console.log(
      `p50 of a report at ${SIZES.at(-1)!.toLocaleString("en")} ÷ at ${SIZES[0]!.toLocaleString("en")}: ${(p50s[1]! / p50s[0]!).toFixed(2)} (1 = does not grow with the reports kept)`,
    );
  } finally {
    await bench.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
