import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { demo, signIn } from "./helpers";

async function expectNoSeriousAxeViolations(page: Page, label: string) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(
    serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`),
    label,
  ).toEqual([]);
}

/** From the dashboard's "Getting started" list to the step's page, as a consultant follows it. */
async function followStep(page: Page, title: string) {
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Dashboard" }).click();
  const checklist = page.getByTestId("setup-checklist");
  await expect(checklist.getByText("Next", { exact: true })).toBeVisible();
  await expect(checklist.locator("li.next")).toContainText(title);
  await checklist.getByRole("listitem").getByRole("link", { name: title }).click();
}

test("a consultant sets up a telecom client from the checklist to an open wave without touching a file", async ({
  page,
}) => {
  // Seven steps through seven pages: far longer than one interaction.
  test.setTimeout(240_000);
  await signIn(page, demo.consultant);
  const name = `Brightline Mobile ${Date.now().toString(36)}`;
  await page.getByLabel("Name").fill(name);
  await page.getByLabel("Industry").selectOption({ label: "Telecoms" });
  await page.getByRole("button", { name: "Create organisation" }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  await expect(page.getByTestId("setup-checklist")).toContainText("0 of 7 steps done");

  // 1. Stages: the telecom template is offered, with the stages it will create, before anything is written.
  await followStep(page, "Name the stages of the customer lifecycle");
  const template = page.getByLabel("Template", { exact: true });
  await expect(template).toHaveValue("telecom");
  const preview = page.getByRole("list", { name: "Stages the template creates" });
  await expect(preview.getByRole("listitem")).toHaveText([
    "Choose a plan",
    "Sign up",
    "Get connected",
    "Use the service",
    "Get help",
    "Pay the bill",
    "Upgrade or leave",
  ]);
  // Another industry's template shows its own stages; the consultant comes back to telecom by keyboard.
  await template.selectOption({ label: "Insurance" });
  await expect(preview.getByRole("listitem").first()).toHaveText("Find cover");
  await template.selectOption({ label: "Telecoms" });
  await expect(preview.getByRole("listitem").first()).toHaveText("Choose a plan");
  await expectNoSeriousAxeViolations(page, "the stage template chooser");
  await page.getByRole("button", { name: /Start from the template/ }).press("Enter");
  await expect(page.getByLabel("Name of stage 1")).toHaveValue("Choose a plan");
  await expect(page.getByLabel("Name of stage 7")).toHaveValue("Upgrade or leave");

  // The lexicon speaks telecom: churn and ARPU, never an insurer's claimant.
  const lexicon = page.getByRole("region", { name: "Language lexicon" });
  await expect(lexicon).toContainText("“churn”");
  await expect(lexicon).toContainText("“ARPU”");
  await expect(lexicon).not.toContainText(/claimant/i);
  // The client also sells broadband software: software's words join, each said before it is added.
  const otherWords = page.getByLabel("Words of another industry");
  await expect(otherWords.getByRole("option", { name: "Telecoms" })).toHaveCount(0);
  await otherWords.selectOption({ label: "Software" });
  await expect(otherWords).toHaveAccessibleDescription(/^Adds 6 words: “users”, “seats”, “tickets”/);
  await page.getByRole("button", { name: "Add these words" }).click();
  await expect(lexicon.getByRole("listitem").filter({ hasText: "“tickets”" })).toHaveCount(1);
  await expect(otherWords).toHaveAccessibleDescription("Every one of its words is already in the lexicon.");
  await expect(page.getByRole("button", { name: "Add these words" })).toBeDisabled();
  await expect(lexicon).not.toContainText(/claimant/i);

  // 2. Departments and roles.
  await followStep(page, "Add departments and their roles");
  await page.getByLabel("New department").fill("Customer care");
  await page.getByRole("button", { name: "Add department" }).click();
  await expect(page.getByLabel("Name of department Customer care")).toHaveValue("Customer care");
  await page.getByLabel("New role").fill("Care agent");
  await page.getByLabel("Department", { exact: true }).selectOption({ label: "Customer care" });
  await page.getByLabel("Headcount").fill("120");
  await page.getByLabel("Customer-facing").check();
  await page.getByRole("button", { name: "Add role" }).click();
  await expect(
    page.getByTestId("rename-row").filter({ has: page.getByLabel("Name of role Care agent") }),
  ).toContainText("Customer care, customer-facing, 120 people");
  await page.getByLabel("New objective").fill("Keep 5% more customers each year");
  await page.getByRole("button", { name: "Add objective" }).click();
  await expect(page.getByText("Keep 5% more customers each year")).toBeVisible();

  // 3. Touchpoints.
  await followStep(page, "Mark where each role meets the lifecycle");
  const touch = page.getByRole("checkbox", { name: "Care agent takes part in Get help" });
  await touch.check();
  await expect(touch).toBeChecked();

  // 4. A behaviour, written, proposed and approved.
  await followStep(page, "Write and approve what great looks like");
  await page.getByTestId("cell-care-agent-get-help").getByRole("link").click();
  await page.getByRole("button", { name: "Write a behaviour" }).click();
  const action = page.getByLabel("Observable action");
  // The language check knows telecom's words as the consultant types.
  await action.fill("Cuts churn by calling back");
  await expect(page.getByTestId("language-hit")).toContainText("“churn”");
  await action.fill("Calls the customer back the same day when a fault is not fixed on the first call");
  await expect(page.getByTestId("language-hit")).toHaveCount(0);
  await page.getByLabel("Why it matters to the customer").fill("Nobody should have to chase us twice");
  await page.getByRole("checkbox", { name: "Keep 5% more customers each year" }).check();
  await page.getByRole("button", { name: "Save as draft" }).click();
  await expect(page.getByTestId("behaviour-status")).toHaveText("draft");
  await page.getByRole("button", { name: "Propose for approval" }).click();
  await expect(page.getByTestId("behaviour-status")).toHaveText("proposed");
  await page.getByRole("button", { name: "Approve" }).click();
  await expect(page.getByTestId("behaviour-status")).toHaveText("approved");

  // 5. A KPI.
  await followStep(page, "List the KPIs");
  await page.getByLabel("KPI name").fill("Faults fixed on the first call");
  await page.getByLabel("Owning department").selectOption({ label: "Customer care" });
  await page.getByLabel("Roles measured by it").selectOption([{ label: "Care agent" }]);
  await page.getByRole("button", { name: "Add KPI" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Faults fixed on the first call" })).toBeVisible();

  // 6. How the KPI bears on the behaviour.
  await followStep(page, "Map how KPIs influence the behaviours");
  // On the grid by keyboard: Enter on the one cell says "supports" and asks why; Enter in the field saves it.
  const grid = page.getByRole("grid", { name: /Behaviours by KPI/ });
  const cell = grid.locator('[data-row="0"][data-col="0"]');
  await expect(cell).toHaveAccessibleName(/KPI Faults fixed on the first call: no influence$/);
  await cell.focus();
  await page.keyboard.press("Enter");
  const why = page.getByLabel(/^Why does Faults fixed on the first call support “/);
  await expect(why).toBeFocused();
  await page.keyboard.type("Fixing it on the first call is the same-day call-back done right");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("form", { name: "Why this influence" })).toHaveCount(0);
  await expect(cell).toHaveText("Supports");

  // 7. The first wave, opened.
  await followStep(page, "Open the first wave of the 3P diagnostic");
  await page.getByLabel("Name").fill("First wave");
  await page.getByRole("button", { name: "Create wave" }).click();
  const wave = page.getByTestId("wave").filter({ hasText: "First wave" });
  await wave.getByRole("button", { name: "Open the wave" }).click();
  await expect(wave.getByTestId("wave-phase")).toHaveText("open");

  // Every step done: the checklist gives way to the dashboard.
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Dashboard" }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  await expect(page.getByTestId("setup-checklist")).toHaveCount(0);

  // The audit log says which template the stages came from.
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Audit log" }).click();
  await expect(page.getByText(/lifecycle stages from the telecoms template/)).toBeVisible();
});
