// Prints the test counts by kind from the runners' JSON reports, and one closing "N passed, N failed" line.
import { existsSync, readFileSync } from "node:fs";

const read = (file) => (existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : null);
const vitest = read(".test-results/vitest.json");
const vitestHttp = read(".test-results/vitest-http.json");
const playwright = read(".test-results/playwright.json");

let unit = { passed: 0, failed: 0, skipped: 0 };
let integration = { passed: 0, failed: 0, skipped: 0 };
for (const file of vitest?.testResults ?? []) {
  const bucket = file.name.includes(".integration.test.") ? integration : unit;
  for (const test of file.assertionResults) {
    if (test.status === "passed") bucket.passed++;
    else if (test.status === "failed") bucket.failed++;
    else bucket.skipped++;
  }
  if (file.status === "failed" && file.assertionResults.length === 0) bucket.failed++;
}
const http = { passed: 0, failed: 0, skipped: 0 };
for (const file of vitestHttp?.testResults ?? []) {
  for (const test of file.assertionResults) {
    if (test.status === "passed") http.passed++;
    else if (test.status === "failed") http.failed++;
    else http.skipped++;
  }
  if (file.status === "failed" && file.assertionResults.length === 0) http.failed++;
}
const e2e = playwright
  ? {
      passed: playwright.stats.expected + playwright.stats.flaky,
      failed: playwright.stats.unexpected,
      skipped: playwright.stats.skipped,
    }
  : { passed: 0, failed: 0, skipped: 0 };

const line = (name, c) => `  ${name.padEnd(12)} ${c.passed} passed, ${c.failed} failed, ${c.skipped} skipped`;
console.log("\nTest counts by kind:");
console.log(line("unit", unit));
console.log(line("integration", integration));
console.log(line("http", http) + (vitestHttp ? "" : " (not run)"));
console.log(line("e2e", playwright ? e2e : { passed: 0, failed: 0, skipped: 0 }) + (playwright ? "" : " (not run)"));
const total = [unit, integration, http, e2e].reduce(
  (a, c) => ({ passed: a.passed + c.passed, failed: a.failed + c.failed, skipped: a.skipped + c.skipped }),
  { passed: 0, failed: 0, skipped: 0 },
);
console.log(`${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
