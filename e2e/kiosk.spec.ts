import { mkdirSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Browser, type Page } from "@playwright/test";
import QRCode from "qrcode";
import { demo, expectNoSeriousAxeViolations, ORG_A, signIn } from "./helpers";
import { expectNoSidewaysScroll, openTranslatedWave } from "./respondent-survey";

/**
 * Posters and kiosks for a wave's open shared link (DESIGN §4.4). Who could abuse a kiosk: a respondent on
 * their own phone who opens the kiosk's address (or adds a flag to the shared link) to answer again and
 * again — only the kiosk pass, an httpOnly cookie a manager's request sets, makes a kiosk; and the next
 * person at the tablet, who must find nothing of the previous one (no resume, nothing on screen, nothing
 * behind Back). A manager's session does not stay on the tablet either.
 */
const TABLET = { width: 820, height: 1180 };
const SHOTS = ".shots";
mkdirSync(SHOTS, { recursive: true });

let open: { waveId: string; sharedLink: string };
let verified: { waveId: string; sharedLink: string };

test.beforeAll(async ({ browser }: { browser: Browser }) => {
  test.setTimeout(120_000);
  const page = await browser.newPage();
  await signIn(page, demo.consultant);
  const suffix = Date.now().toString(36);
  open = await openTranslatedWave(page, `Kiosk open ${suffix}`, { sharedLinkMode: "open" });
  verified = await openTranslatedWave(page, `Kiosk verified ${suffix}`, { sharedLinkMode: "verified" });
  await page.close();
});

/** WCAG 2.1 AA on a respondent screen, as e2e/respondent-a11y.spec.ts checks them: every violation, not only serious ones. */
async function expectAccessible(page: Page, screen: string) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(
    results.violations.map((v) => `${screen}: ${v.id} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`),
  ).toEqual([]);
  await expectNoSidewaysScroll(page);
}

/** The wave's card on the diagnostic page. */
const waveCard = (page: Page, waveId: string) => page.locator(`section[aria-labelledby="wave-${waveId}"]`);

async function responsesOf(page: Page, waveId: string): Promise<number> {
  await page.goto(`/orgs/${ORG_A}/diagnostic`);
  const text = await waveCard(page, waveId).locator("p.muted").first().innerText();
  return Number(/(\d+) responses?/.exec(text)![1]);
}

/** One person at the kiosk: where they work, every statement, send; the thank-you, then the empty start screen. */
async function answerAtKiosk(page: Page, level: "frontline" | "manager", axe = false) {
  const start = page.locator('[data-testid="kiosk"] form:not(.survey-language)');
  await expect(start.locator('input[name="level"]:checked')).toHaveCount(0);
  await expect(start.locator("#department")).toHaveValue("");
  await expect(start.locator("#role")).toHaveValue("");
  await start.locator(`input[name="level"][value="${level}"]`).check();
  await start.locator("button[type=submit]").click();
  await expect(page.locator("fieldset.survey-item").first()).toBeVisible();
  // A new sitting starts at the first statement, with nothing answered.
  await expect(page.locator('fieldset.survey-item input[type="radio"]:checked')).toHaveCount(0);
  if (axe) await expectAccessible(page, "kiosk statements");
  for (let step = 0; step < 3; step++) {
    await page.locator("fieldset.survey-item").first().locator('input[type="radio"]').nth(3).check();
    await page.locator(".row-actions button[type=submit]").click();
  }
  await page.locator(".row-actions button:not(.secondary)").click();
  await expect(page.locator('.survey-card[role="status"] h1')).toBeVisible({ timeout: 15_000 });
  if (axe) await expectAccessible(page, "kiosk thanks");
  // A few seconds later the start screen is back, empty, for the next person.
  await expect(start.locator("button[type=submit]")).toBeVisible({ timeout: 15_000 });
  await expect(page.locator('.survey-card[role="status"]')).toHaveCount(0);
  await expect(page.locator("fieldset.survey-item")).toHaveCount(0);
}

test("a poster of the shared link: QR code and address, printable on A4, only for managers", async ({ browser }) => {
  test.setTimeout(120_000);
  const context = await browser.newContext({ viewport: { width: 1440, height: 1000 } });
  const page = await context.newPage();
  await signIn(page, demo.consultant);
  await page.goto(`/orgs/${ORG_A}/diagnostic`);
  const card = waveCard(page, open.waveId);
  // The link is shown once when made: make a new one (a manager's way back to it), then print its poster.
  await card.getByRole("button", { name: "New shared link" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Make a new link" }).click();
  const linkField = card.getByLabel("Shared link");
  await expect(linkField).toHaveValue(/\/s\/shared\//);
  const link = await linkField.inputValue();
  open.sharedLink = link;
  await expect(card.getByRole("button", { name: "Use this browser as a kiosk" })).toBeVisible();
  await expect(card.getByTestId("open-link-warning")).toContainText("kiosk");
  await expectNoSeriousAxeViolations(page, "wave page with the shared link");
  for (const width of [1920, 390, 1440]) {
    await page.setViewportSize({ width, height: 1000 });
    if (width === 390) await expectNoSidewaysScroll(page);
    await card.screenshot({ path: `${SHOTS}/wave-card-${width}.png` });
  }
  const [poster] = await Promise.all([
    context.waitForEvent("page"),
    card.getByRole("link", { name: "Print a poster" }).click(),
  ]);
  await poster.waitForLoadState();
  // The token travels in the fragment only: the address the server saw ends before the #.
  expect(new URL(poster.url()).hash.slice(1)).toBe(link.split("/s/shared/")[1]);
  await expect(poster.getByTestId("poster-link")).toHaveText(link);
  const qr = poster.getByTestId("poster-qr");
  await expect(qr).toBeVisible();
  // The QR code is the link's: the same encoder, with the same options, draws the same code.
  const svg = await QRCode.toString(link, { type: "svg", margin: 0, errorCorrectionLevel: "M" });
  expect(await qr.getAttribute("src")).toBe(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`);
  await expect(poster.getByTestId("poster")).toContainText("Harbour");
  await expect(poster.getByTestId("poster")).toContainText("3 statements, about 1 minute");
  await expect(poster.getByTestId("poster")).toContainText("at least 3 people");
  await expectNoSeriousAxeViolations(poster, "poster");
  for (const width of [1440, 1920, 390]) {
    await poster.setViewportSize({ width, height: 1100 });
    if (width === 390) await expectNoSidewaysScroll(poster);
    await poster.screenshot({ path: `${SHOTS}/poster-${width}.png`, fullPage: true });
  }
  // In another language, and on paper: no app around it.
  await poster.getByLabel("Poster language").selectOption("fr");
  await expect(poster.getByTestId("poster")).toContainText("Donnez votre avis");
  await poster.emulateMedia({ media: "print" });
  await expect(poster.locator(".sidebar")).toBeHidden();
  await expect(poster.getByRole("button", { name: "Print" })).toBeHidden();
  const pdf = await poster.pdf({
    path: `${SHOTS}/poster-fr.pdf`,
    format: "A4",
    printBackground: true,
    preferCSSPageSize: true,
  });
  // One A4 page.
  expect(pdf.toString("latin1").match(/\/Type \/Page\b/g)).toHaveLength(1);
  await poster.emulateMedia({ media: "screen" });

  // Without a token in the fragment there is nothing to print, and a foreign address is never taken from it.
  await poster.goto(`/orgs/${ORG_A}/diagnostic/${open.waveId}/poster#https://evil.example/x`);
  await expect(poster.locator('.alert[role="alert"]')).toContainText("needs the wave's shared link");
  await expect(poster.getByTestId("poster")).toHaveCount(0);

  // A member who may not manage the diagnostic gets no poster page.
  const other = await browser.newContext();
  const viewer = await other.newPage();
  await signIn(viewer, demo.executive);
  const refused = await viewer.goto(`/orgs/${ORG_A}/diagnostic/${open.waveId}/poster`);
  expect(refused?.status()).toBe(403);
  await other.close();
  await context.close();
});

test("a kiosk on a tablet: two people answer in a row, idle resets, nothing of anyone stays", async ({ browser }) => {
  test.setTimeout(240_000);
  const context = await browser.newContext({ viewport: TABLET, deviceScaleFactor: 2 });
  const page = await context.newPage();
  await signIn(page, demo.consultant);
  const before = await responsesOf(page, open.waveId);
  const origin = new URL(page.url()).origin;

  // A verified shared link cannot be a kiosk: plainly refused (and the manager stays signed in).
  const refused = await page.request.post(`/api/orgs/${ORG_A}/waves/${verified.waveId}/kiosk`, {
    headers: { origin },
  });
  expect(refused.status()).toBe(409);
  expect(((await refused.json()) as { detail: string }).detail).toContain("needs an open shared link");

  const card = waveCard(page, open.waveId);
  await expect(card.getByTestId("open-link-warning")).toContainText("kiosk");
  await card.getByRole("button", { name: "Use this browser as a kiosk" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Make it a kiosk" }).click();
  await expect(page).toHaveURL(new RegExp(`/s/kiosk/${open.waveId}$`));
  const kioskUrl = page.url();
  // The cookie that makes the kiosk: httpOnly, SameSite=Strict; and the manager's session is gone from here.
  const pass = (await context.cookies()).find((c) => c.name === "tl_kiosk")!;
  expect(pass).toMatchObject({ httpOnly: true, sameSite: "Strict", path: "/" });
  expect((await context.cookies()).some((c) => c.name.includes("next-auth.session-token"))).toBe(false);
  const orgPage = await page.request.get(`/orgs/${ORG_A}/diagnostic`, { maxRedirects: 0 });
  expect(orgPage.status()).toBe(307);

  await expectAccessible(page, "kiosk start");
  await page.screenshot({ path: `${SHOTS}/kiosk-start-820.png`, fullPage: true });
  await answerAtKiosk(page, "frontline", true);
  // Nothing is stored for the sitting: no survey cookie, nothing in the page's storage.
  expect((await context.cookies()).map((c) => c.name).filter((n) => n.startsWith("tl_answer_"))).toEqual([]);
  expect(await page.evaluate(() => localStorage.length + sessionStorage.length)).toBe(0);
  await answerAtKiosk(page, "manager");

  // Back leads to nothing of theirs (the kiosk replaced the manager's page; sittings add no history).
  await page.goBack();
  await expect(page.locator("fieldset.survey-item")).toHaveCount(0);
  await expect(page.locator('.survey-card[role="status"]')).toHaveCount(0);
  await expect(page.getByText("Thank you")).toHaveCount(0);

  // Someone picks French and is left alone mid-sitting: a warning, then the empty start screen (the sitting is
  // discarded) in the kiosk's own language again.
  await page.goto(`${kioskUrl}?idle=5`);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await page.locator("#survey-language").selectOption("fr");
  await page.locator("form.survey-language button[type=submit]").click();
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  await expectAccessible(page, "kiosk start in French");
  await page.locator('input[name="level"][value="leader"]').check();
  await page.locator('[data-testid="kiosk"] button[type=submit]').click();
  await page.locator("fieldset.survey-item").first().locator('input[type="radio"]').nth(1).check();
  const warning = page.getByRole("alertdialog");
  await expect(warning).toBeVisible({ timeout: 15_000 });
  await expect(warning).toContainText("Êtes-vous toujours là ?");
  await expectAccessible(page, "kiosk idle warning");
  await page.screenshot({ path: `${SHOTS}/kiosk-warning-820.png` });
  // "Continue" keeps the sitting; left alone again, it goes.
  await warning.getByRole("button").click();
  await expect(warning).toHaveCount(0);
  await expect(page.locator('fieldset.survey-item input[type="radio"]:checked')).toHaveCount(1);
  await expect(warning).toBeVisible({ timeout: 15_000 });
  await expect(page.locator('[data-testid="kiosk"] input[name="level"]').first()).toBeVisible({ timeout: 15_000 });
  await expect(warning).toHaveCount(0);
  await expect(page.locator("fieldset.survey-item")).toHaveCount(0);
  await expect(page.locator('input[name="level"]:checked')).toHaveCount(0);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.locator('[data-testid="kiosk"] h1')).toBeFocused();
  // A phone-sized kiosk reflows too.
  await page.setViewportSize({ width: 390, height: 844 });
  await expectNoSidewaysScroll(page);
  await page.screenshot({ path: `${SHOTS}/kiosk-start-390.png`, fullPage: true });

  // Both sittings count.
  const manager = await browser.newContext();
  const managerPage = await manager.newPage();
  await signIn(managerPage, demo.consultant);
  expect(await responsesOf(managerPage, open.waveId)).toBe(before + 2);
  await manager.close();

  // Ending the kiosk: the manager signs in again on the tablet and ends it; the page then refuses.
  await page.setViewportSize(TABLET);
  await signIn(page, demo.consultant);
  await page.goto(`/orgs/${ORG_A}/diagnostic`);
  const here = card.getByTestId("kiosk-here");
  await expect(here).toContainText("This browser is a kiosk");
  await here.getByRole("button", { name: "End kiosk" }).click();
  await expect(card.getByTestId("kiosk-here")).toHaveCount(0);
  await page.goto(kioskUrl);
  await expect(page.locator("h1")).toHaveText("This device is not a kiosk");
  await context.close();
});

test("a phone with the kiosk's address but no kiosk pass still answers once per browser", async ({ browser }) => {
  test.setTimeout(120_000);
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 3 });
  const page = await context.newPage();
  await page.goto(`/s/kiosk/${open.waveId}?kiosk=1`);
  await expect(page.locator("h1")).toHaveText("This device is not a kiosk");
  await expectAccessible(page, "not a kiosk");
  await page.screenshot({ path: `${SHOTS}/not-a-kiosk-390.png` });
  const origin = new URL(page.url()).origin;
  const segment = { level: "frontline" };
  const startAtKiosk = () =>
    page.request.post(`/api/survey/kiosk/${open.waveId}`, { data: segment, headers: { origin } });
  expect((await startAtKiosk()).status()).toBe(403);
  // A hand-made or borrowed-looking cookie does not make a kiosk either.
  for (const value of ["1", "true", "eyJ4Ijoi.eA"]) {
    await context.addCookies([{ name: "tl_kiosk", value, url: origin }]);
    expect((await startAtKiosk()).status()).toBe(403);
  }
  await context.clearCookies();

  // The shared link: one answer from this browser; a second is refused, kiosk flag or not.
  const token = open.sharedLink.split("/s/shared/")[1]!;
  const started = await page.request.post(`/api/survey/shared/${token}`, { data: segment, headers: { origin } });
  expect(started.status()).toBe(200);
  const { sessionToken } = (await started.json()) as { sessionToken: string };
  const saved = await page.request.put(`/api/survey/${sessionToken}/answers`, {
    data: { answers: { "pr-1": 4 } },
    headers: { origin },
  });
  expect(saved.status()).toBe(204);
  expect((await page.request.post(`/api/survey/${sessionToken}/submit`, { headers: { origin } })).status()).toBe(204);
  for (const url of [`/api/survey/shared/${token}`, `/api/survey/shared/${token}?kiosk=1`])
    expect((await page.request.post(url, { data: segment, headers: { origin } })).status()).toBe(409);
  expect((await startAtKiosk()).status()).toBe(403);
  await page.goto(`${open.sharedLink}?kiosk=1`);
  await page.locator('input[name="level"][value="frontline"]').check();
  await page.locator("form:not(.survey-language) button[type=submit]").click();
  await expect(page.locator('.alert[role="alert"]')).toContainText("already answered");
  await context.close();
});
