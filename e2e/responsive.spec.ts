import { expect, test, type Page } from "@playwright/test";
import { demo, ORG_A, seriousAxeViolations, signIn } from "./helpers";

/**
 * Every page at a phone, a laptop and a wall-screen width: the document never scrolls sideways (wide tables
 * scroll inside their own frame instead), and axe finds nothing serious. `SHOTS=1` also takes full-page
 * screenshots into `.shots/` to be looked at.
 */
const SHOTS = process.env.SHOTS === "1";
const WIDTHS = [
  { width: 390, height: 844 },
  { width: 1440, height: 900 },
  { width: 1920, height: 1080 },
];

const ORG_PAGES = [
  "",
  "/departments/claims",
  "/roles/advisor",
  "/model",
  "/model/setup",
  "/model/advisor/help",
  "/behaviours/call-back-next-day",
  "/findings",
  "/system",
  "/actions",
  "/stories",
  "/exposure",
  "/diagnostic",
  "/diagnostic/instruments",
  "/inventory",
  "/inventory/map",
  "/workshops",
  "/members",
  "/audit",
  "/outbox",
  "/settings",
  "/room",
];

/** The first link on `from` whose address matches `pattern` (pages addressed by a generated id). */
async function firstLink(page: Page, from: string, pattern: RegExp): Promise<string> {
  await page.goto(from);
  const hrefs = await page.locator("main a[href]").evaluateAll((links) => links.map((a) => a.getAttribute("href")!));
  const href = hrefs.find((h) => pattern.test(h));
  expect(href, `a link matching ${pattern} on ${from}`).toBeTruthy();
  return href!;
}

async function overflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

/** Checks one page as it is at this width; the caller has opened it. */
async function checkPage(page: Page, path: string, width: number, prefix = "") {
  await expect(page.locator("h1").first()).toBeVisible();
  // Charts draw when scrolled near (Recharts loads on demand): bring each into view, then measure once all are in.
  for (const chart of await page.locator(".chart-box").all()) await chart.scrollIntoViewIfNeeded();
  await expect(page.locator(".chart-skeleton")).toHaveCount(0, { timeout: 20_000 });
  expect.soft(await overflow(page), `horizontal overflow on ${path}`).toBeLessThanOrEqual(0);
  // Contrast and names do not change with the width: axe once, on the phone.
  if (width === 390) expect.soft(await seriousAxeViolations(page), `axe on ${path}`).toEqual([]);
  const name = prefix + (path.replace(/^\/orgs\/?/, "") || "portfolio").replace(/[^a-z0-9]+/gi, "-");
  if (SHOTS) await page.screenshot({ path: `.shots/${width}-${name}.png`, fullPage: true });
}

const STATE = "e2e/.artifacts/consultant-state.json";

for (const viewport of WIDTHS) {
  test.describe(`at ${viewport.width} px`, () => {
    test.describe.configure({ timeout: 90_000 });
    // Signed in once for the width's pages; pages addressed by a generated id are found from their lists.
    const byId: string[] = [];
    test.beforeAll(async ({ browser }) => {
      // A context of its own: the tests' `use` (the state this writes) must not apply to it.
      const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
      const page = await context.newPage();
      await signIn(page, demo.consultant);
      const base = `/orgs/${ORG_A}`;
      byId.push(
        await firstLink(page, `${base}/diagnostic`, /\/diagnostic\/(?!instruments)[^/?#]+$/),
        await firstLink(page, `${base}/diagnostic/instruments`, /\/diagnostic\/instruments\/[^/?#]+$/),
        await firstLink(page, `${base}/inventory`, /\/inventory\/kpis\/[^/?#]+$/),
      );
      await context.storageState({ path: STATE });
      await context.close();
    });

    test.describe("signed in as a consultant", () => {
      test.use({ viewport, storageState: STATE });
      for (const path of ["/orgs", ...ORG_PAGES.map((p) => `/orgs/${ORG_A}${p}`)])
        test(`${path} fits and passes axe`, async ({ page }) => {
          await page.goto(path);
          await checkPage(page, path, viewport.width);
        });
      test("pages addressed by an id (a wave's results, an instrument, a KPI) fit and pass axe", async ({ page }) => {
        for (const path of byId) {
          await page.goto(path);
          await checkPage(page, path, viewport.width);
        }
      });
    });

    test.describe("without an account", () => {
      test.use({ viewport });
      test("the landing, sign-in, sign-up, password and survey-link pages fit and pass axe", async ({ page }) => {
        for (const path of ["/", "/login", "/signup", "/forgot-password", `/s/${"A".repeat(43)}`]) {
          await page.goto(path);
          await checkPage(page, path, viewport.width, "public");
        }
      });
    });
  });
}
