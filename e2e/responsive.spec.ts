import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { demo, ORG_A, signIn } from "./helpers";

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

async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

for (const viewport of WIDTHS) {
  test.describe(`at ${viewport.width} px`, () => {
    test.use({ viewport });

    test("no page scrolls sideways and axe finds nothing serious", async ({ page }) => {
      test.setTimeout(300_000);
      await signIn(page, demo.consultant);
      const base = `/orgs/${ORG_A}`;
      const paths = [
        "/orgs",
        ...ORG_PAGES.map((p) => base + p),
        await firstLink(page, `${base}/diagnostic`, /\/diagnostic\/(?!instruments)[^/?#]+$/),
        await firstLink(page, `${base}/diagnostic/instruments`, /\/diagnostic\/instruments\/[^/?#]+$/),
        await firstLink(page, `${base}/inventory`, /\/inventory\/kpis\/[^/?#]+$/),
      ];
      for (const path of paths) {
        await page.goto(path);
        await expect(page.locator("main h1").first()).toBeVisible();
        // Charts draw after the page (Recharts loads on demand): measure once they are in.
        await page.waitForLoadState("networkidle");
        expect.soft(await overflow(page), `horizontal overflow on ${path}`).toBeLessThanOrEqual(0);
        // Contrast and names do not change with the width: axe once, on the phone.
        if (viewport.width === 390) expect.soft(await seriousViolations(page), `axe on ${path}`).toEqual([]);
        const name = (path.replace(/^\/orgs\/?/, "") || "portfolio").replace(/[^a-z0-9]+/gi, "-");
        if (SHOTS) await page.screenshot({ path: `.shots/${viewport.width}-${name}.png`, fullPage: true });
      }
    });

    test("pages seen without an account fit too", async ({ page }) => {
      test.setTimeout(120_000);
      for (const path of ["/", "/login", "/signup", "/forgot-password", `/s/${"A".repeat(43)}`]) {
        await page.goto(path);
        await expect(page.locator("h1").first()).toBeVisible();
        expect.soft(await overflow(page), `horizontal overflow on ${path}`).toBeLessThanOrEqual(0);
        if (viewport.width === 390) expect.soft(await seriousViolations(page), `axe on ${path}`).toEqual([]);
        if (SHOTS)
          await page.screenshot({ path: `.shots/${viewport.width}-public${path.replace(/[^a-z0-9]+/gi, "-")}.png` });
      }
    });
  });
}
