/**
 * Benchmark of taking one anonymous obstacle report as the obstacle link does (lib/obstacles: into the
 * ballot box, then the box emptied when a batch is there) when the organisation already lists 1,000 and
 * 10,000 reports, on a throwaway database of the local PostgreSQL server (dropped at the end). Four reports
 * in five only go into the box; the fifth also moves the batch into the list, shuffled, and vacuums the box.
 * Neither should grow with the reports kept (the box holds fewer than a batch between reports).
 *   npm run bench:obstacles
 */
import { randomUUID } from "node:crypto";
import { addObstacleReport } from "@/lib/obstacles/add-obstacle-report";
import { emptyObstacleBox, OBSTACLE_BATCH } from "@/lib/obstacles/ballot-box/empty-obstacle-box";
import { createBenchDatabase, createBenchOrganisation } from "./app-server";
import { percentile } from "./timing";

const SIZES = [1_000, 10_000];
const RUNS = 10 * OBSTACLE_BATCH;
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
      for (let i = 0; i < OBSTACLE_BATCH; i++) await take(); // warm-up: one whole batch
      const into: number[] = [];
      const moving: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        const started = performance.now();
        const moved = await take();
        (moved > 0 ? moving : into).push(performance.now() - started);
      }
      p50s.push(percentile([...into, ...moving], 50));
      console.log(`${size.toLocaleString("en")} reports listed:`);
      console.log(`  a report into the ballot box: ${figures(into)}`);
      console.log(`  a report that moves a batch of ${OBSTACLE_BATCH} into the list: ${figures(moving)}`);
    }
    console.log(
      `p50 of all reports at ${SIZES.at(-1)!.toLocaleString("en")} ÷ at ${SIZES[0]!.toLocaleString("en")}: ${(p50s[1]! / p50s[0]!).toFixed(2)} (1 = does not grow with the reports kept)`,
    );
  } finally {
    await bench.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
