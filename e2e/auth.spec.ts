import { expect, test } from "@playwright/test";
import { demo, formError, navigationLabels, ORG_A, signIn, signUp, uniqueEmail } from "./helpers";

test.describe("signing in", () => {
  const expectedNavigation = {
    consultant: [
      "Dashboard",
      "Model",
      "Inventory",
      "Findings",
      "System view",
      "Actions",
      "Diagnostic",
      "Stories",
      "Members",
      "Audit log",
      "Settings",
    ],
    executive: [
      "Dashboard",
      "Model",
      "Inventory",
      "Findings",
      "System view",
      "Actions",
      "Diagnostic",
      "Stories",
      "Members",
      "Audit log",
    ],
    head: ["Dashboard", "Model", "Inventory", "Findings", "System view", "Actions", "Diagnostic", "Stories", "Members"],
    viewer: [
      "Dashboard",
      "Model",
      "Inventory",
      "Findings",
      "System view",
      "Actions",
      "Diagnostic",
      "Stories",
      "Members",
    ],
  } as const;

  for (const [who, labels] of Object.entries(expectedNavigation)) {
    test(`the ${who} sees the navigation of their role`, async ({ page }) => {
      await signIn(page, demo[who as keyof typeof demo]);
      await page.goto(`/orgs/${ORG_A}`);
      // A department head lands on their department's dashboard, everyone else on the organisation's.
      await expect(
        page.getByRole("heading", { level: 1, name: who === "head" ? "Contact centre" : "Harbour Mutual" }),
      ).toBeVisible();
      expect(await navigationLabels(page)).toEqual(labels);
    });
  }

  test("a viewer who types the audit log's address is refused", async ({ page }) => {
    await signIn(page, demo.viewer);
    const response = await page.goto(`/orgs/${ORG_A}/audit`);
    expect(response?.status()).toBe(403);
    await expect(page.getByRole("heading", { name: "Not allowed" })).toBeVisible();
    // Still inside the organisation: its navigation stays, without the audit log.
    expect(await navigationLabels(page)).toContain("Dashboard");
    expect(await navigationLabels(page)).not.toContain("Audit log");
  });

  test("a wrong password and an unknown email get the same message", async ({ page }) => {
    await page.goto("/login");
    await page.getByLabel("Email").fill(demo.viewer);
    await page.getByLabel("Password").fill("not-the-password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(formError(page)).toHaveText("Email or password is incorrect.");
    await page.getByLabel("Email").fill("nobody@example.test");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(formError(page)).toHaveText("Email or password is incorrect.");
  });

  test("repeated failures on one account from one address pause it with HTTP 429, even with the right password", async ({
    page,
  }) => {
    const email = uniqueEmail("locked");
    await signUp(page, { name: "Lou Locked", email, password: "the-right-password" });
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/login/);

    for (let attempt = 1; attempt <= 5; attempt++) {
      await page.getByLabel("Email").fill(email);
      await page.getByLabel("Password").fill(`wrong-${attempt}`);
      await page.getByRole("button", { name: "Sign in" }).click();
      await expect(formError(page)).toHaveText("Email or password is incorrect.");
    }
    const limited = page.waitForResponse((r) => r.url().includes("/api/auth/callback/credentials"));
    await page.getByLabel("Password").fill("the-right-password");
    await page.getByRole("button", { name: "Sign in" }).click();
    const response = await limited;
    expect(response.status()).toBe(429);
    expect(Number(response.headers()["retry-after"])).toBeGreaterThan(50);
    await expect(formError(page)).toHaveText("Too many failed sign-in attempts. Try again in 1 minute.");
    await expect(page).toHaveURL(/\/login/);
  });

  test("signing out ends the session on the server: the old cookie, replayed, is refused", async ({
    page,
    browser,
  }) => {
    await signIn(page, demo.executive);
    await page.goto(`/orgs/${ORG_A}`);
    const cookies = await page.context().cookies();
    expect(cookies.some((c) => c.name.includes("session-token"))).toBe(true);
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/login/);
    await page.goto(`/orgs/${ORG_A}/members`);
    await expect(page).toHaveURL(/\/login\?callbackUrl=%2Forgs%2Fharbour-mutual%2Fmembers/);
    expect((await page.request.get(`/api/orgs/${ORG_A}`)).status()).toBe(401);

    // Someone who copied the cookie before the sign-out gets nothing with it.
    const replay = await browser.newContext();
    await replay.addCookies(cookies);
    expect((await replay.request.get(`/api/orgs/${ORG_A}`)).status()).toBe(401);
    const replayPage = await replay.newPage();
    await replayPage.goto(`/orgs/${ORG_A}`);
    await expect(replayPage).toHaveURL(/\/login/);
    await replay.close();
  });
});
