import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { demo, expectNoSeriousAxeViolations, signIn } from "./helpers";

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
  await relations.getByLabel("Other KPI").selectOption({ label: "Complaints per 1,000 claims" });
  await relations.getByRole("button", { name: "Add link" }).click();
  await expect(
    relations.getByRole("listitem").filter({ hasText: "trades off Complaints per 1,000 claims" }),
  ).toBeVisible();
  await expect(relations).not.toContainText("complaints-rate");
  await expectNoSeriousAxeViolations(page, "KPI page with counters and links");

  // The counter is kept: the other KPI's page says what it counters.
  await page.goto(`/orgs/${slug}/inventory/kpis/fcr`);
  await expect(page.getByRole("region", { name: "Counters and links to other KPIs" })).toContainText(
    "It is itself a counter of Average handle time",
  );
});
