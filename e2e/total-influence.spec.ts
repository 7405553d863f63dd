import { mkdirSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { demo, expectNoSeriousAxeViolations, ORG_A, signIn } from "./helpers";

const SHOTS = ".shots";
mkdirSync(SHOTS, { recursive: true });

test("a viewer finds which measures matter most: KPIs ranked by total influence, the first at 100, each saying whether it helps or hurts", async ({
  page,
}) => {
  await signIn(page, demo.viewer);
  await page.goto(`/orgs/${ORG_A}/inventory`);
  await page.getByRole("link", { name: "Which measures matter most" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Which measures matter most" })).toBeVisible();
  const rows = page.getByRole("region", { name: "Table: KPIs by total influence" }).getByTestId("influence-row");
  await expect(rows.first()).toBeVisible();
  await expect(rows.first().getByRole("cell").nth(2)).toHaveText("100.0");
  // Ranked: reach never grows down the table.
  const reach = (await rows.locator("td:nth-child(3)").allInnerTexts()).map(Number);
  expect(reach.length).toBeGreaterThan(1);
  expect(reach).toEqual([...reach].sort((a, b) => b - a));
  // Average handle time obstructs approved behaviours: on balance it hurts them.
  const aht = rows.filter({ hasText: "Average handle time" });
  await expect(aht.getByRole("cell").nth(4)).toHaveText(/Hurts|Pulls both ways/);
  await page.getByText("How the ranking is worked out").click();
  await expect(page.getByText(/DEMATEL/)).toBeVisible();
  await expectNoSeriousAxeViolations(page, "total influence");
  for (const width of [390, 1440, 1920]) {
    await page.setViewportSize({ width, height: 900 });
    const sideways = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
    expect(sideways, `no sideways scrolling at ${width} px`).toBe(false);
    await page.screenshot({ path: `${SHOTS}/total-influence-${width}.png`, fullPage: true });
  }
  // The KPI's own page is one click away.
  await aht.getByRole("link", { name: "Average handle time" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /Average handle time/ })).toBeVisible();
});
