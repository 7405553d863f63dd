import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { demo, ORG_A, signIn } from "./helpers";
import { LOCALES } from "../lib/i18n/locales";
import { answerByApi, expectNoSidewaysScroll, invitationLinks, openTranslatedWave } from "./respondent-survey";

/**
 * WCAG 2.1 AA on every respondent screen, in every language, on a phone (390 px) and at 200 % zoom.
 * 200 % zoom is emulated as Chromium renders it: a 1280 × 800 window zoomed twice is a 640 × 400 CSS-pixel
 * viewport drawn at device scale factor 2 (media queries, reflow and text size behave as zoomed).
 */
const VIEWPORTS = [
  { name: "phone 390 px", viewport: { width: 390, height: 844 }, deviceScaleFactor: 3 },
  { name: "200 % zoom", viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 },
] as const;

type Links = { open: string; verified: string; closed: string; used: string };
let links: Links;

test.beforeAll(async ({ browser }: { browser: Browser }) => {
  test.setTimeout(120_000);
  const page = await browser.newPage();
  await signIn(page, demo.consultant);
  const suffix = Date.now().toString(36);
  const open = await openTranslatedWave(page, `A11y open ${suffix}`, { sharedLinkMode: "open" });
  const verified = await openTranslatedWave(page, `A11y verified ${suffix}`, { sharedLinkMode: "verified" });
  const closed = await openTranslatedWave(page, `A11y closed ${suffix}`);
  const [used] = await invitationLinks(page, open.waveId, 1);
  await answerByApi(page, used!, { "pr-1": 4, "pe-1": 2, "po-1": 3 });
  const origin = new URL(page.url()).origin;
  expect(
    (await page.request.post(`/api/orgs/${ORG_A}/waves/${closed.waveId}/close`, { headers: { origin } })).status(),
  ).toBe(204);
  links = { open: open.sharedLink, verified: verified.sharedLink, closed: closed.sharedLink, used: used! };
  await page.close();
});

async function expectAccessible(page: Page, screen: string) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(
    results.violations.map((v) => `${screen}: ${v.id} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`),
  ).toEqual([]);
  await expectNoSidewaysScroll(page);
}

for (const locale of LOCALES)
  for (const { name, viewport, deviceScaleFactor } of VIEWPORTS)
    test(`every respondent screen in ${locale}, ${name}`, async ({ browser }) => {
      // Seven screens, each checked by axe: slow on a shared machine.
      test.setTimeout(300_000);
      const context = await browser.newContext({ locale, viewport, deviceScaleFactor });
      const page = await context.newPage();
      const langIs = () => expect(page.locator("html")).toHaveAttribute("lang", locale);

      // The open shared link: where you work, then the statements, the summary and the thanks.
      await page.goto(links.open);
      await langIs();
      await expectAccessible(page, "shared link");
      await page.locator('input[name="level"][value="frontline"]').check();
      await page.locator("form:not(.survey-language) button[type=submit]").click();
      await expect(page.locator("fieldset.survey-item").first()).toBeVisible();
      await langIs();
      await expectAccessible(page, "statements");
      for (let step = 0; step < 3; step++) {
        await page.locator("fieldset.survey-item").first().locator('input[type="radio"]').nth(3).check();
        await page.locator(".row-actions button[type=submit]").click();
      }
      await expect(page.locator("h1:focus")).toBeVisible();
      await expectAccessible(page, "ready to send");
      await page.locator(".row-actions button:not(.secondary)").click();
      await expect(page.locator('.survey-card[role="status"] h1')).toBeVisible();
      await expectAccessible(page, "thanks");

      // The verified shared link: the email step, then what it answers.
      await page.goto(links.verified);
      await langIs();
      await expectAccessible(page, "email step");
      await page.locator("#email").fill(`someone.${locale}@example.com`);
      await page.locator("form:not(.survey-language) button[type=submit]").click();
      await expect(page.locator('main [role="status"], main [role="alert"]')).toBeVisible();
      await expectAccessible(page, "email sent");

      // Links that no longer take answers, and one that never did.
      for (const [screen, link] of [
        ["used link", links.used],
        ["closed wave", links.closed],
        ["unknown link", `${new URL(links.used).origin}/s/no-such-link`],
      ] as const) {
        await page.goto(link);
        await langIs();
        await expect(page.locator("h1")).toBeVisible();
        await expectAccessible(page, screen);
      }
      await context.close();
    });
