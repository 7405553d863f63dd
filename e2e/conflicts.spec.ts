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
  // A name the organisation already has (whatever the case and spaces) is refused, and said at the name.
  const kpiName = page.getByLabel("KPI name");
  await kpiName.fill(" average HANDLE time ");
  await page.getByRole("button", { name: "Add KPI" }).click();
  await expect(page.getByRole("form", { name: "Add a KPI" }).getByRole("alert")).toHaveText(
    "“average HANDLE time” is already a KPI of this organisation (as “Average handle time”).",
  );
  await expect(kpiName).toHaveAttribute("aria-invalid", "true");
  await expect(kpiName).toHaveAccessibleDescription(/is already a KPI of this organisation/);
  await expect(kpiName).toBeFocused();
  await kpiName.fill("Onboarding calls per day");
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
  // Renamed to another KPI's name: refused, and nothing of it is changed.
  await page.getByLabel("KPI name").fill("First contact resolution");
  await page.getByRole("button", { name: "Save KPI" }).click();
  await expect(page.getByRole("form", { name: "Edit this KPI" }).getByRole("alert")).toHaveText(
    "“First contact resolution” is already a KPI of this organisation.",
  );
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

test("the influence matrix works from the keyboard alone: arrows move, Enter sets an effect and asks why, Escape cancels, focus stays in the grid", async ({
  page,
}) => {
  const slug = await organisationWithDemoModel(page);
  await page.goto(`/orgs/${slug}/inventory/map?department=contact`);
  const grid = page.getByRole("grid", { name: /Behaviours by KPI/ });
  const cell = grid.getByTestId("influence-fcr-name-not-number");
  await expect(cell).toHaveText("—");
  const row = Number(await cell.getAttribute("data-row"));
  const col = Number(await cell.getAttribute("data-col"));

  // One tab stop: Tab from the filter's button, past the table's scroller, lands on the first cell.
  await page.getByRole("button", { name: "Show" }).focus();
  await page.keyboard.press("Tab");
  await page.keyboard.press("Tab");
  await expect(grid.locator('[data-row="0"][data-col="0"]')).toBeFocused();
  await expect(grid.locator('button[tabindex="0"]')).toHaveCount(1);
  await page.keyboard.press("End");
  await expect(grid.locator('[data-row="0"]').last()).toBeFocused();
  await page.keyboard.press("Home");
  await expect(grid.locator('[data-row="0"][data-col="0"]')).toBeFocused();
  for (let i = 0; i < row; i++) await page.keyboard.press("ArrowDown");
  for (let i = 0; i < col; i++) await page.keyboard.press("ArrowRight");
  await expect(cell).toBeFocused();
  await expect(cell).toHaveAccessibleName(
    /^Behaviour “.*Uses the customer's name.*”, KPI First contact resolution: no influence$/,
  );

  // Enter chooses "supports" and asks why; Enter in the field saves it, and the keyboard is back on the cell.
  await page.keyboard.press("Enter");
  const why = page.getByLabel(/^Why does First contact resolution support “.*Uses the customer's name/);
  await expect(why).toBeFocused();
  await expect(cell).toHaveText("Supports");
  await page.keyboard.type("Solving it first time leaves room to use the customer's name");
  const firstSave = page.waitForResponse((r) => r.url().endsWith("/influences") && r.request().method() === "POST");
  await page.keyboard.press("Enter");
  expect((await firstSave).ok()).toBe(true);
  await expect(page.getByRole("form", { name: "Why this influence" })).toHaveCount(0);
  await expect(cell).toBeFocused();

  // Still on the cell (never re-focused): Enter now offers "obstructs"; Escape cancels the choice.
  await page.keyboard.press("Enter");
  await expect(page.getByLabel(/^Why does First contact resolution obstruct/)).toBeFocused();
  await expect(cell).toHaveText("Obstructs");
  await page.keyboard.press("Escape");
  await expect(cell).toBeFocused();
  await expect(cell).toHaveText("Supports");
  await expect(page.getByRole("form", { name: "Why this influence" })).toHaveCount(0);

  // Obstructs: the reason already given is offered again, and Enter keeps it.
  await page.keyboard.press("Enter");
  await expect(page.getByLabel(/^Why does First contact resolution obstruct/)).toBeFocused();
  await expect(page.getByLabel(/^Why does First contact resolution obstruct/)).toHaveValue(
    "Solving it first time leaves room to use the customer's name",
  );
  const secondSave = page.waitForResponse((r) => r.url().endsWith("/influences") && r.request().method() === "POST");
  await page.keyboard.press("Enter");
  expect((await secondSave).ok()).toBe(true);
  await expect(cell).toBeFocused();
  await expect(cell).toHaveAccessibleName(/: obstructs$/);

  // With a pointer: a click asks why too; "Skip the reason" saves the effect alone, and focus is on the cell.
  const other = grid.locator('button.effect-cell.none:not([aria-disabled="true"])').first();
  const otherId = (await other.getAttribute("data-testid"))!;
  await other.click();
  await expect(page.getByLabel(/^Why does .* support “/)).toBeFocused();
  const thirdSave = page.waitForResponse((r) => r.url().endsWith("/influences") && r.request().method() === "POST");
  await page.getByRole("button", { name: "Skip the reason" }).click();
  expect((await thirdSave).ok()).toBe(true);
  await expect(grid.getByTestId(otherId)).toBeFocused();
  await expect(grid.getByTestId(otherId)).toHaveAccessibleName(/: supports$/);

  await page.reload();
  await expect(page.getByTestId("influence-fcr-name-not-number")).toHaveText("Obstructs");
  await expect(page.getByTestId(otherId)).toHaveText("Supports");
  await page.goto(`/orgs/${slug}/inventory/kpis/fcr`);
  await expect(page.getByRole("region", { name: "What it pushes people to do" })).toContainText(
    "Solving it first time leaves room to use the customer's name",
  );
  const findings = (await (await page.request.get(`/api/orgs/${slug}/findings?rule=F2`)).json()) as {
    findings: { subjects: { key: string }[] }[];
  };
  expect(
    findings.findings.some((f) => f.subjects.map((s) => s.key).join(",") === "name-not-number,complaints-rate,fcr"),
  ).toBe(true);
});

test("on a KPI's page no effect is preselected: saving without one says so on the field", async ({ page }) => {
  const slug = await organisationWithDemoModel(page);
  await page.goto(`/orgs/${slug}/inventory/kpis/fcr`);
  const effect = page.getByRole("group", { name: "Effect" });
  for (const name of ["Supports it", "Obstructs it", "Does not touch it"]) {
    await expect(effect.getByRole("radio", { name })).not.toBeChecked();
  }
  await page.getByRole("button", { name: "Save influence" }).click();
  await expect(effect.getByRole("alert")).toHaveText(
    "Choose whether First contact resolution supports the behaviour, obstructs it or does not touch it.",
  );
  await expect(effect).toHaveAccessibleDescription(/Choose whether First contact resolution supports/);
  await expect(effect.getByRole("radio", { name: "Supports it" })).toBeFocused();
  await expect(page.getByRole("status")).toHaveCount(0);
});

test("processes and systems are renamed and removed in the app, and a KPI from its page; the dialog says which influences go", async ({
  page,
}) => {
  const slug = await organisationWithDemoModel(page);
  await page.goto(`/orgs/${slug}/inventory`);
  const triage = page.getByTestId("process-row").filter({ hasText: "Claim triage" });
  await triage.getByRole("button", { name: "Rename" }).click();
  const newName = triage.getByLabel(/^New name of the process/);
  await expect(newName).toBeFocused();
  await newName.fill("Claim triage by severity");
  await triage.getByRole("button", { name: "Save the name" }).click();
  await expect(page.getByTestId("process-row").filter({ hasText: "Claim triage by severity" })).toBeVisible();

  // A system with influences: the dialog counts them before anything goes.
  const crm = page.getByTestId("system-row").filter({ hasText: "CRM" }).first();
  await crm.getByRole("button", { name: "Remove" }).click();
  const question = page.getByRole("dialog", { name: /^Remove the system CRM/ });
  await expect(question).toContainText(/Its \d+ influences? on behaviours go(es)? with it/);
  await expect(question.getByRole("button", { name: "Cancel" })).toBeFocused();
  await question.getByRole("button", { name: /^Remove CRM/ }).click();
  await expect(page.getByTestId("system-row").filter({ hasText: "CRM" })).toHaveCount(0);

  // A KPI is removed from its own page, and the inventory no longer lists it.
  await page.goto(`/orgs/${slug}/inventory/kpis/aht`);
  await page.getByRole("button", { name: "Remove Average handle time" }).click();
  await page
    .getByRole("dialog")
    .getByRole("button", { name: /^Remove / })
    .click();
  await expect(page).toHaveURL(new RegExp(`/orgs/${slug}/inventory$`));
  await expect(page.getByTestId("kpi-row").filter({ hasText: "Average handle time" })).toHaveCount(0);
});
