// Lighthouse in a plain Node process (a TypeScript loader's helpers would break the code Lighthouse
// sends into the page). Reads LH_URL, LH_COOKIE, LH_PRESET (and LH_REPORT, a file for the whole report); prints one JSON line of scores.
import { writeFileSync } from "node:fs";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";

const desktop = {
  extends: "lighthouse:default",
  settings: {
    formFactor: "desktop",
    screenEmulation: { mobile: false, width: 1350, height: 940, deviceScaleFactor: 1, disabled: false },
    throttling: {
      rttMs: 40,
      throughputKbps: 10240,
      cpuSlowdownMultiplier: 1,
      requestLatencyMs: 0,
      downloadThroughputKbps: 0,
      uploadThroughputKbps: 0,
    },
  },
};
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu"],
});
try {
  const result = await lighthouse(
    process.env.LH_URL,
    {
      port: chrome.port,
      output: "json",
      logLevel: "error",
      onlyCategories: ["performance", "accessibility"],
      extraHeaders: { Cookie: process.env.LH_COOKIE },
    },
    process.env.LH_PRESET === "desktop" ? desktop : undefined,
  );
  const { categories, audits } = result.lhr;
  // The whole report, to see which scripts and tasks cost the time.
  if (process.env.LH_REPORT) writeFileSync(process.env.LH_REPORT, JSON.stringify(result.lhr));
  console.log(
    JSON.stringify({
      performance: categories.performance.score,
      accessibility: categories.accessibility.score,
      lcp: audits["largest-contentful-paint"]?.displayValue,
      tbt: audits["total-blocking-time"]?.displayValue,
      cls: audits["cumulative-layout-shift"]?.displayValue,
      fcp: audits["first-contentful-paint"]?.displayValue,
      si: audits["speed-index"]?.displayValue,
      contrast: (audits["color-contrast"]?.details?.items ?? []).map((i) => i.node?.selector),
      failedAccessibility: Object.values(audits)
        .filter((a) => a.score === 0 && categories.accessibility.auditRefs.some((r) => r.id === a.id))
        .map((a) => a.id),
    }),
  );
} finally {
  await chrome.kill();
}
