/**
 * What the scenario editor's page weighs: the new-scenario page's HTML (with the payload React reads from it)
 * for the generated model at each scale, on a throwaway database of the local PostgreSQL server and the
 * production build served on it. A page that carried every KPI's, process's and system's name grew with the
 * model (about 3 MB at 10×); one that carries the first ones and those a scenario names should not.
 *   npm run bench:scenario-page                  (SCALES=1,10 for 10× too; builds first when there is no build)
 */
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { importModel } from "@/lib/model/import-model";
import { createThrowawayDatabase } from "@/lib/test-support/app-server";
import { signIn } from "@/lib/test-support/sign-in";
import { BENCH_PASSWORD, createBenchOrganisation, startApp } from "./app-server";
import { generateModel } from "./generate-model";

const PORT = Number(process.env.BENCH_PORT ?? 3330);
const SERVER = process.env.BENCH_DATABASE_URL ?? "postgresql://root@127.0.0.1:5432/postgres";
const SCALES = (process.env.SCALES ?? "1").split(",").map(Number);

const kB = (bytes: number) => `${(bytes / 1024).toFixed(0)} kB`;

async function measure(scale: number) {
  const bench = await createThrowawayDatabase(SERVER, "throughline_bench");
  try {
    const { email, slug, access } = await createBenchOrganisation(bench.db);
    const model = generateModel(scale);
    await importModel(access, model);
    // What is weighed is the page, not how long the first read of a 10× model takes: the server may take its time.
    const server = await startApp(bench.url, PORT, {
      DB_STATEMENT_TIMEOUT_MS: process.env.DB_STATEMENT_TIMEOUT_MS ?? "120000",
    });
    try {
      const cookie = await signIn(server.origin, email, BENCH_PASSWORD);
      for (const path of [`/orgs/${slug}/scenarios/new`, `/orgs/${slug}/scenarios/new?kpi=${model.kpis[0]!.key}`]) {
        const response = await fetch(`${server.origin}${path}`, { headers: { cookie } });
        if (!response.ok) throw new Error(`${path}: ${response.status}`);
        const html = Buffer.from(await response.arrayBuffer());
        console.log(
          `${scale}× (${model.kpis.length} KPIs, ${model.processes.length} processes, ${model.systems.length} systems) ${path.replace(slug, "…")}: ${kB(html.length)} HTML, ${kB(gzipSync(html).length)} gzipped`,
        );
      }
    } finally {
      await server.stop();
    }
  } finally {
    await bench.close();
  }
}

async function main() {
  if (process.env.BENCH_BUILD === "1" || !existsSync(".next/BUILD_ID")) {
    console.log("Building the app…");
    execFileSync("npx", ["next", "build"], { stdio: "inherit" });
  }
  for (const scale of SCALES) await measure(scale);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
