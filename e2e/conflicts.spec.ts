import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { demo, signIn } from "./helpers";

/** A fresh organisation with the demo model, so this flow changes nothing other tests count on. */
async function organisationWithDemoModel(page: import("@playwright/test").Page) {
  await signIn(page, demo.consultant);
  const name = `Conflict lab ${Date.now().toString(36)}`;
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

test("mapping a pay-linked KPI against a customer-facing behaviour raises a critical F1; dismissed, it stays away until the KPI changes; it becomes an action", async ({
  page,
}) => {
  const slug = await organisationWithDemoModel(page);
  await page.goto(`/orgs/${slug}/inventory`);
  await page.getByLabel("KPI name").fill("Onboarding calls per day");
  await page.getByLabel("Owning department").selectOption({ label: "Marketing" });
  await page.getByLabel("Roles measured by it").selectOption([{ label: "Onboarding specialist" }]);
  await page.getByLabel("Tied to pay or bonus").check();
  await page.getByRole("button", { name: "Add KPI" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Onboarding calls per day" })).toBeVisible();

  await page.getByLabel("Behaviour").selectOption("first-week-call");
  await page.getByLabel("Obstructs it").check();
  await page.getByLabel("Strength").selectOption("3");
  await page.getByLabel("Why, in words").fill("Thorough first-week calls cut the number of calls per day");
  await page.getByRole("button", { name: "Save influence" }).click();
  await expect(page.getByRole("status")).toContainText("Influence saved");
  await expect(page.getByRole("region", { name: "What it pushes people to do" })).toContainText("Obstructs (●●●)");

  await page.getByRole("link", { name: "Findings" }).click();
  const finding = page.getByTestId("finding").filter({ hasText: "Onboarding calls per day, tied to pay or bonus" });
  await expect(finding).toHaveCount(1);
  await expect(finding).toContainText("critical");
  await expect(finding).toContainText("F1 · Obstructing KPI");

  await finding.getByRole("button", { name: "Dismiss…" }).click();
  await finding.getByLabel("Why dismiss it?").fill("The target is being withdrawn in January");
  await finding.getByRole("button", { name: "Dismiss", exact: true }).click();
  await expect(
    page.getByTestId("finding").filter({ hasText: "Onboarding calls per day, tied to pay or bonus" }),
  ).toHaveCount(0);
  // The cross-pressure with the retention KPI is a different finding, and stays.
  await expect(
    page
      .getByTestId("finding")
      .filter({ hasText: "F2 · KPI cross-pressure" })
      .filter({ hasText: "Onboarding calls per day" }),
  ).toHaveCount(1);
  await page.getByRole("link", { name: /dismissed/ }).click();
  await expect(
    page.getByTestId("finding").filter({ hasText: "Onboarding calls per day, tied to pay or bonus" }),
  ).toContainText("The target is being withdrawn in January");

  // Changing the KPI brings the finding back, marked as changed since it was dismissed.
  await page.goto(`/orgs/${slug}/inventory`);
  await page.getByRole("link", { name: "Onboarding calls per day" }).click();
  // Wait for the KPI's own page: the inventory page has a "KPI name" field too.
  await expect(page.getByRole("heading", { level: 1, name: "Onboarding calls per day" })).toBeVisible();
  await page.getByLabel("KPI name").fill("Onboarding calls completed per day");
  await page.getByRole("button", { name: "Save KPI" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Onboarding calls completed per day" })).toBeVisible();
  await page.goto(`/orgs/${slug}/findings`);
  const back = page
    .getByTestId("finding")
    .filter({ hasText: "Onboarding calls completed per day, tied to pay or bonus" });
  await expect(back).toHaveCount(1);
  await expect(back.getByTestId("review-stale")).toContainText("has changed since");

  await back.getByRole("button", { name: "Create action…" }).click();
  await back.getByLabel("Action").fill("Replace calls per day with first-week retention in the bonus");
  await back.getByLabel("Due").fill("2027-02-28");
  await back.getByRole("button", { name: "Create action", exact: true }).click();
  await expect(back.getByTestId("finding-action")).toContainText(
    "Replace calls per day with first-week retention in the bonus — consultant@demo.throughline.test, due 2027-02-28 (open)",
  );

  await page.getByRole("link", { name: "Audit log" }).click();
  await expect(page.getByTestId("audit-row").filter({ hasText: "Dismissed F1" })).toContainText(
    "The target is being withdrawn in January",
  );
});

test("the influence matrix sets supports and obstructs with a click or the keyboard", async ({ page }) => {
  const slug = await organisationWithDemoModel(page);
  await page.goto(`/orgs/${slug}/inventory/map?department=contact`);
  const cell = page.getByTestId("influence-fcr-name-not-number");
  await expect(cell).toHaveText("—");
  await cell.click();
  await expect(cell).toHaveText("Supports");
  await expect(cell).toBeEnabled();
  await cell.focus();
  await page.keyboard.press("Enter");
  await expect(cell).toHaveText("Obstructs");
  await page.reload();
  await expect(page.getByTestId("influence-fcr-name-not-number")).toHaveText("Obstructs");
  const findings = (await (await page.request.get(`/api/orgs/${slug}/findings?rule=F2`)).json()) as {
    findings: { subjects: { key: string }[] }[];
  };
  expect(
    findings.findings.some((f) => f.subjects.map((s) => s.key).join(",") === "name-not-number,complaints-rate,fcr"),
  ).toBe(true);
});
