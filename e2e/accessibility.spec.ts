import { expect, test } from "@playwright/test";
import { demo, DEMO_PASSWORD, ORG_A } from "./helpers";

test("signing in and moving around works with the keyboard alone", async ({ page }) => {
  await page.goto("/login");
  await expect(page.getByLabel("Email")).toBeFocused();
  await page.keyboard.type(demo.executive);
  await page.keyboard.press("Tab");
  await page.keyboard.type(DEMO_PASSWORD);
  await page.keyboard.press("Enter");
  // An executive of one organisation lands on its dashboard (the first sign-in after the server starts warms it).
  await expect(page).toHaveURL(new RegExp(`/orgs/${ORG_A}$`), { timeout: 15_000 });

  await page.goto(`/orgs/${ORG_A}`);
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Skip to content" })).toBeFocused();
  for (let i = 0; i < 20; i++) {
    await page.keyboard.press("Tab");
    if (await page.getByRole("link", { name: "Audit log" }).evaluate((el) => el === document.activeElement)) break;
  }
  await expect(page.getByRole("link", { name: "Audit log" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: "Audit log" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Audit log" })).toHaveAttribute("aria-current", "page");
});
