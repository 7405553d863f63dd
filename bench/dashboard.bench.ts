/**
 * Benchmark of the executive dashboard at scale (issue: an organisation with a 10,000-respondent wave and
 * a 5,000-KPI model): the built app on a throwaway database of the local PostgreSQL server, signed in as
 * the owner — server response time of the dashboard page (the whole streamed HTML) cold and warm, and of
 * its JSON widgets — then Lighthouse (from @lhci/cli, with the Debian Chromium) on the same page:
 * performance and accessibility scores, desktop and mobile settings — and the diagnostic report of that wave as
 * a PDF and as slides (PPTX), cold and warm, measured in the same run so the figures compare.
 *   npm run build && npm run bench:dashboard   (BENCH_KEEP_DATABASE=1 keeps the loaded database afterwards)
 */
import { execFileSync } from "node:child_process";
import path from "node:path";
import { addInstrument } from "@/lib/diagnostic/instruments/add-instrument";
import { closeWave } from "@/lib/diagnostic/waves/close-wave";
import { createWave } from "@/lib/diagnostic/waves/create-wave";
import { openWave } from "@/lib/diagnostic/waves/open-wave";
import { importModel } from "@/lib/model/import-model";
import { BENCH_PASSWORD, createBenchDatabase, createBenchOrganisation, startApp } from "./app-server";
import { generateModel } from "./generate-model";
import { loadWave } from "./load-wave";
import { percentile, summary, timed } from "./timing";
import { signIn } from "@/lib/test-support/sign-in";

const RESPONDENTS = Number(process.env.RESPONDENTS ?? 10_000);
const RUNS = 20;
// A report is drawn on demand, far more rarely than the dashboard is opened: fewer runs keep the bench short.
const REPORT_RUNS = 10;
const LIGHTHOUSE_RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 5);
const PORT = Number(process.env.BENCH_PORT ?? 3302);
const KEEP_DATABASE = process.env.BENCH_KEEP_DATABASE === "1";

function lighthouseScores(
  url: string,
  cookie: string,
  preset: "desktop" | "mobile",
): {
  performance: number;
  accessibility: number;
  fcp: string;
  lcp: string;
  tbt: string;
  cls: string;
  si: string;
  failedAccessibility: string[];
  contrast: string[];
} {
  const output = execFileSync(process.execPath, [path.join(__dirname, "lighthouse.mjs")], {
    env: { ...process.env, LH_URL: url, LH_COOKIE: cookie, LH_PRESET: preset },
    encoding: "utf8",
  });
  return JSON.parse(output.trim().split("\n").pop()!);
}

async function main() {
  const bench = await createBenchDatabase();
  const { db } = bench;
  const { email, slug, access } = await createBenchOrganisation(db);
  try {
    const model = generateModel(1);
    let started = performance.now();
    await importModel(access, model);
    console.log(
      `Imported a model of ${model.kpis.length} KPIs, ${model.behaviours.length} behaviours, ${model.roles.length} roles, ${model.influences.length} influences in ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );
    const { id: instrumentId } = await addInstrument(access);
    const { id: waveId } = await createWave(access, { name: "Bench wave", instrumentId });
    await openWave(access, waveId);
    started = performance.now();
    const answers = await loadWave(
      db,
      waveId,
      instrumentId,
      RESPONDENTS,
      model.departments.map((d) => d.key),
    );
    await closeWave(access, waveId);
    console.log(
      `Loaded ${RESPONDENTS} respondents, ${answers} answers in ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );
    await db.$executeRawUnsafe(`ANALYZE`);

    const server = await startApp(bench.url, PORT);
    try {
      const cookie = await signIn(server.origin, email, BENCH_PASSWORD);
      const page = `${server.origin}/orgs/${slug}`;
      const get = (url: string) => async () => {
        const response = await fetch(url, { headers: { cookie } });
        if (!response.ok) throw new Error(`${url} answered ${response.status}`);
        return response.text();
      };
      let size = 0;
      const [cold] = await timed(1, async () => (size = (await get(page)()).length));
      const warm = await timed(RUNS, get(page));
      const modelWidgets = await timed(RUNS, get(`${server.origin}/api/orgs/${slug}/dashboard`));
      const diagnostic = await timed(RUNS, get(`${server.origin}/api/orgs/${slug}/dashboard/diagnostic`));
      console.log(
        `executive dashboard page (whole streamed HTML, ${(size / 1024).toFixed(0)} KB): cold ${cold!.toFixed(0)} ms (first request: reads and analyses the model), warm ${summary(warm)}`,
      );
      console.log(`its JSON widgets, warm: model widgets ${summary(modelWidgets)}; 3P headline ${summary(diagnostic)}`);
      for (const [label, route] of [
        ["PDF", "report"],
        ["slides (PPTX)", "report/slides"],
      ] as const) {
        const url = `${server.origin}/api/orgs/${slug}/${route}?wave=${waveId}`;
        let bytes = 0;
        const fetchReport = async () => {
          const response = await fetch(url, { headers: { cookie } });
          if (!response.ok) throw new Error(`${url} answered ${response.status}`);
          bytes = (await response.arrayBuffer()).byteLength;
        };
        const [first] = await timed(1, fetchReport);
        const reportWarm = await timed(REPORT_RUNS, fetchReport);
        console.log(
          `diagnostic report, ${label} (${(bytes / 1024).toFixed(0)} KB): first ${first!.toFixed(0)} ms, warm ${summary(reportWarm)} — ${(percentile(reportWarm, 50) / percentile(warm, 50)).toFixed(1)}× the dashboard page's p50`,
        );
      }
      for (const preset of ["desktop", "mobile"] as const) {
        // Lighthouse varies from run to run (the mobile score by a few hundredths): the median of LIGHTHOUSE_RUNS, with the range.
        const runs = Array.from({ length: LIGHTHOUSE_RUNS }, () => lighthouseScores(page, cookie, preset)).sort(
          (a, b) => a.performance - b.performance,
        );
        const scores = runs[Math.floor(runs.length / 2)]!;
        const range = `${runs[0]!.performance}–${runs[runs.length - 1]!.performance}`;
        console.log(
          `Lighthouse (${preset}, median of ${runs.length} runs, performance ${range}): performance ${scores.performance}, accessibility ${scores.accessibility} (FCP ${scores.fcp}, LCP ${scores.lcp}, TBT ${scores.tbt}, CLS ${scores.cls}, speed index ${scores.si}); targets: performance 1.0 on desktop, 0.95 on mobile; accessibility 1.0${scores.failedAccessibility.length ? `; failed: ${scores.failedAccessibility.join(", ")} (${scores.contrast.join("; ")})` : ""}`,
        );
      }
    } finally {
      await server.stop();
    }
  } finally {
    if (KEEP_DATABASE) {
      // To measure the page again after a change without loading the wave anew: the owner signs in with BENCH_PASSWORD.
      console.log(`Kept the database ${bench.url} (organisation ${slug}, owner ${email}).`);
      process.exit(0);
    }
    await bench.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
