import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { demo, expectNoSeriousAxeViolations, signIn } from "./helpers";

// Each flow imports a model, then runs an axe check over a long page: slower than one step on a shared machine.
test.describe.configure({ timeout: 120_000 });

/** A fresh organisation with the demo model, so these flows change nothing other specs count on. */
async function organisationWithDemoModel(page: Page) {
  await signIn(page, demo.consultant);
  const name = `Readings lab ${Date.now().toString(36)}`;
  await page.getByLabel("Name").fill(name);
  await page.getByRole("button", { name: "Create organisation" }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  const slug = new URL(page.url()).pathname.split("/")[2]!;
  const origin = new URL(page.url()).origin;
  const imported = await page.request.post(`/api/orgs/${slug}/model`, {
    data: readFileSync("lib/demo/harbour-mutual.model.json", "utf8"),
    headers: { origin, "content-type": "application/json" },
  });
  expect(imported.status()).toBe(200);
  return slug;
}

test("a counter and a trades-off link are added from the KPI page, by name", async ({ page }) => {
  const slug = await organisationWithDemoModel(page);
  await page.goto(`/orgs/${slug}/inventory/kpis/aht`);
  await expect(page.getByRole("heading", { level: 1, name: "Average handle time" })).toBeVisible();
  const relations = page.getByRole("region", { name: "Counters and links to other KPIs" });
  await expect(relations).toContainText("No counter yet");

  await relations.getByLabel("Add a counter").selectOption({ label: "First contact resolution" });
  await relations.getByRole("button", { name: "Add counter" }).click();
  await expect(relations.getByRole("button", { name: "Remove First contact resolution as a counter" })).toBeVisible();

  await relations.getByLabel("Improving Average handle time").selectOption({ label: "trades off" });
  // (The demo already has it trading off complaints; this adds a second link.)
  await relations.getByLabel("Other KPI").selectOption({ label: "Claims closed per handler per week" });
  await relations.getByRole("button", { name: "Add link" }).click();
  await expect(
    relations.getByRole("listitem").filter({ hasText: "trades off Claims closed per handler per week" }),
  ).toBeVisible();
  await expect(relations).not.toContainText("claims-closed");
  await expectNoSeriousAxeViolations(page, "KPI page with counters and links");

  // The counter is kept: the other KPI's page says what it counters.
  await page.goto(`/orgs/${slug}/inventory/kpis/fcr`);
  await expect(page.getByRole("region", { name: "Counters and links to other KPIs" })).toContainText(
    "It is itself a counter of Average handle time",
  );
});

test("readings entered on a KPI draw its chart, and bunching just past the target is shown as worth a look", async ({
  page,
}) => {
  const slug = await organisationWithDemoModel(page);
  await page.goto(`/orgs/${slug}/inventory/kpis/aht`);
  // The demo's average handle time has 18 months of readings that bunch just under its 300 s target.
  const signals = page.getByRole("region", { name: "Worth a look" });
  await expect(signals.getByTestId("signal-bunching")).toContainText("just below the target");

  // Giving it first contact resolution as a counter shows it improving while its counter stays flat.
  const relations = page.getByRole("region", { name: "Counters and links to other KPIs" });
  await relations.getByLabel("Add a counter").selectOption({ label: "First contact resolution" });
  await relations.getByRole("button", { name: "Add counter" }).click();
  await expect(signals.getByTestId("signal-trend")).toContainText("First contact resolution");

  // A reading entered by hand joins the chart and its table.
  const readings = page.getByRole("region", { name: "Readings", exact: true });
  await readings.getByLabel("Month", { exact: true }).fill("2026-07");
  await readings.getByLabel("Value", { exact: true }).fill("297.5");
  await readings.getByLabel("Target (optional)").fill("300");
  await readings.getByRole("button", { name: "Add reading" }).click();
  await expect(readings.getByRole("img", { name: /Readings of Average handle time\. 19 readings/ })).toBeVisible();
  await readings.getByRole("button", { name: "Table" }).first().click();
  await expect(readings.getByTestId("readings-table")).toContainText("297.5");
  await expectNoSeriousAxeViolations(page, "KPI page with readings and signals");

  for (const width of [390, 1440, 1920]) {
    await page.setViewportSize({ width, height: 900 });
    await page.goto(`/orgs/${slug}/inventory/kpis/aht`);
    await expect(page.getByRole("region", { name: "Worth a look" })).toBeVisible();
    const scrollsSideways = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
    expect(scrollsSideways).toBe(false);
    await page.screenshot({ path: `/work/tmp/shots/readings/kpi-page-${width}.png`, fullPage: true });
  }
});

test("a spreadsheet of readings is imported, and a file with one bad row is refused whole", async ({ page }) => {
  const slug = await organisationWithDemoModel(page);
  await page.goto(`/orgs/${slug}/inventory`);
  const section = page.getByRole("region", { name: "Import KPI readings from a spreadsheet (CSV)" });
  await section
    .getByLabel("…or paste the rows")
    .fill("kpi,period,value,target,department\nCost per claim,2026-01,118,120,\ncost-per-claim,2026-13,119,120,\n");
  await section.getByRole("button", { name: "Import readings" }).click();
  await expect(section.getByTestId("csv-errors")).toContainText('line 3 (period): "2026-13" is not a month as YYYY-MM');
  await section
    .getByLabel("…or paste the rows")
    .fill(
      "kpi,period,value,target,department\nCost per claim,2026-01,118,120,\nCost per claim,2026-02,119,120,Claims\n",
    );
  await section.getByRole("button", { name: "Import readings" }).click();
  await expect(section.getByRole("status")).toContainText("Imported 2 readings");
  await page.goto(`/orgs/${slug}/inventory/kpis/cost-per-claim`);
  await expect(page.getByRole("region", { name: "Readings", exact: true })).toContainText(
    "2 readings from 2026-01 to 2026-02",
  );
});
