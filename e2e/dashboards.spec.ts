import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { extractText, getDocumentProxy } from "unpdf";
import { demo, expectNoSeriousAxeViolations, ORG_A, signIn } from "./helpers";

test("an executive reads the dashboard, drills into a department and a role, opens a finding and downloads the report", async ({
  page,
}) => {
  // An executive of one organisation lands on its dashboard.
  await signIn(page, demo.executive);
  await expect(page).toHaveURL(new RegExp(`/orgs/${ORG_A}$`));
  await expect(page.getByRole("heading", { level: 1, name: "Harbour Mutual" })).toBeVisible();

  const threeP = page.getByTestId("widget-three-p");
  await expect(threeP.getByLabel("Wave")).toHaveValue(/.+/);
  await expect(threeP.getByRole("option", { selected: true })).toHaveText("Autumn 2026");
  await expect(threeP.getByTestId("dashboard-3p")).toHaveText(/^\d+(\.\d)?$/);
  await expect(threeP.locator(".recharts-wrapper > svg.recharts-surface")).toBeVisible();
  await expect(threeP.getByRole("img", { name: /3P dimensions\. Practical \d/ })).toBeVisible();
  // The chart's tooltip is reachable by keyboard: focus the chart, move along it with the arrows.
  await threeP.locator(".recharts-wrapper > svg.recharts-surface").focus();
  await page.keyboard.press("ArrowRight");
  await expect(threeP.locator(".recharts-tooltip-wrapper")).toContainText(/Practical|Personal|Possible/);
  await threeP.getByRole("button", { name: "Table" }).click();
  await expect(threeP.getByTestId("three-p-table")).toContainText("Possible");
  // Another wave, fetched as JSON without leaving the page.
  await threeP.getByLabel("Wave").selectOption({ label: "Spring 2026" });
  await expect(threeP.getByText(/since/)).toHaveCount(0);
  // Numbers with a human face: a story beside the findings.
  await expect(page.getByTestId("widget-findings").getByTestId("story")).toBeVisible();
  await expectNoSeriousAxeViolations(page, "organisation dashboard");

  await page
    .getByTestId("widget-alignment")
    .getByRole("navigation", { name: "Drill down" })
    .getByRole("link", { name: "Claims" })
    .click();
  await expect(page.getByRole("heading", { level: 1, name: "Claims" })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Breadcrumb" })).toContainText("Harbour Mutual");
  await expect(page.getByTestId("widget-heat-map").getByRole("rowheader")).toHaveText([
    /Claims administrator/,
    /Claims handler/,
    /Loss assessor/,
  ]);
  await expectNoSeriousAxeViolations(page, "department dashboard");
  await page
    .getByTestId("widget-alignment")
    .getByRole("navigation", { name: "Drill down" })
    .getByRole("link", { name: "Claims handler" })
    .click();
  await expect(page.getByRole("heading", { level: 1, name: "Claims handler" })).toBeVisible();
  await expect(page.getByText("Role dashboard · customer-facing role")).toBeVisible();

  const firstFinding = page
    .getByTestId("widget-findings")
    .getByRole("list", { name: "Most severe findings" })
    .getByRole("link")
    .first();
  const sentence = (await firstFinding.innerText()).trim();
  await firstFinding.click();
  await expect(page).toHaveURL(/\/findings\?role=handler#f-/);
  const anchor = decodeURIComponent(new URL(page.url()).hash.slice(1));
  await expect(page.locator(`[id="${anchor}"]`)).toContainText(sentence.slice(0, 60));

  await page.goto(`/orgs/${ORG_A}`);
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Report (PDF)" }).click();
  const file = readFileSync((await (await download).path())!);
  expect(file.subarray(0, 5).toString()).toBe("%PDF-");
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(file)), { mergePages: true });
  for (const section of [
    "Harbour Mutual",
    "Wave: Autumn 2026",
    "3P results",
    "Leaders and frontline",
    "By department",
    "Findings and customer stories",
    "Action items",
  ])
    expect(text).toContain(section);
  // The small IT department's figures stay hidden in the report too.
  expect(text.replace(/\s+/g, " ")).toMatch(/IT Hidden: (fewer than 5|showing it)/);
});

test("a department head first sees their own department, and the diagnostic counts their departments only", async ({
  page,
}) => {
  await signIn(page, demo.head);
  await page.goto(`/orgs/${ORG_A}`);
  await expect(page.getByRole("heading", { level: 1, name: "Contact centre" })).toBeVisible();
  await expect(page.getByTestId("widget-three-p")).toContainText("Your departments only");
  await expect(page.getByTestId("widget-heat-map").getByRole("rowheader")).toHaveText([
    /Contact-centre advisor/,
    /Contact-centre team leader/,
  ]);
  await expectNoSeriousAxeViolations(page, "department head's dashboard");
  await page.getByRole("link", { name: "Whole organisation" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Harbour Mutual" })).toBeVisible();
  await expect(page.getByTestId("widget-three-p")).toContainText("Your departments only");
  // Exposure is recorded for their own departments' roles only.
  await page.goto(`/orgs/${ORG_A}/exposure`);
  await expect(page.getByLabel("Role").locator("option")).toHaveText([
    "Contact-centre advisor",
    "Contact-centre team leader",
  ]);
});

test("a consultant compares their organisations side by side and sorts them", async ({ page }) => {
  await signIn(page, demo.consultant);
  const rows = page.getByTestId("portfolio-row");
  await expect(rows.filter({ hasText: "Northwind Energy" })).toHaveCount(1);
  // The latest wave of the demo organisation (other tests may have opened a newer one than the demo's own).
  await expect(rows.filter({ hasText: "Harbour Mutual" })).toContainText(/ \(open\)/);
  const names = (await rows.locator("th a").allInnerTexts()).map((n) => n.trim());
  expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
  await page.getByRole("button", { name: "Critical findings" }).click();
  await expect(page.getByRole("columnheader", { name: /Critical findings/ })).toHaveAttribute(
    "aria-sort",
    "descending",
  );
  const critical = (await rows.locator("td:nth-of-type(3)").allInnerTexts()).map(Number);
  expect(critical).toEqual([...critical].sort((a, b) => b - a));
  await page.getByRole("button", { name: /^Organisation/ }).click();
  await page.getByRole("button", { name: /^Organisation/ }).click();
  await expect(page.getByRole("columnheader", { name: /Organisation/ })).toHaveAttribute("aria-sort", "descending");
  expect((await rows.locator("th a").allInnerTexts()).map((n) => n.trim())).toEqual(
    [...names].sort((a, b) => b.localeCompare(a)),
  );
  await expectNoSeriousAxeViolations(page, "portfolio");
});

test("a consultant adds a customer story with a pseudonym; it appears beside the numbers", async ({ page }) => {
  const customer = `Ms Reyes ${Date.now().toString(36)}`;
  await signIn(page, demo.consultant);
  await page.goto(`/orgs/${ORG_A}/stories`);
  const form = page.getByRole("form", { name: "Add a story" });
  await form.getByLabel("Customer").fill(customer);
  await form.getByLabel("This name is a pseudonym").check();
  await form
    .getByLabel("What happened, in their words")
    .fill("The invoice listed a fee nobody could explain, and three people gave me three answers.");
  await form.getByLabel("Stage").selectOption({ label: "Pay" });
  await form.getByLabel("Invoicing clerk").check();
  await form.getByRole("button", { name: "Add story" }).click();
  const entry = page.getByTestId("story-entry").filter({ hasText: customer });
  await expect(entry).toContainText("(name changed)");
  await expect(entry).toContainText("Pay · Invoicing clerk · interview");
  await expectNoSeriousAxeViolations(page, "stories");
  await page.goto(`/orgs/${ORG_A}/roles/invoicer`);
  await expect(page.getByTestId("story").filter({ hasText: customer })).toBeVisible();
});

test("action items: overdue ones stand out, and the owner moves theirs on", async ({ page }) => {
  await signIn(page, demo.executive);
  await page.goto(`/orgs/${ORG_A}/actions`);
  const item = page.getByTestId("action-item").filter({ hasText: "Take average handle time out" });
  await expect(item).toContainText("executive@demo.throughline.test");
  await item.getByLabel(/Status of/).selectOption("done");
  await expect(page.getByText("3 items: 2 done, 0 in progress, 1 open, 1 overdue.")).toBeVisible();
  await expect(page.getByTestId("action-item").first()).toContainText("overdue");
  await expectNoSeriousAxeViolations(page, "actions");
  await page.goto(`/orgs/${ORG_A}/exposure`);
  await expect(page.getByTestId("exposure-share")).toHaveText(/%$/);
  await page.getByLabel("Role").selectOption({ label: "Repair dispatcher (back-office)" });
  await page.getByLabel("What they did").selectOption("shift");
  await page.getByRole("button", { name: "Record" }).click();
  await expect(page.getByTestId("exposure-records")).toContainText("Repair dispatcher");
  await expectNoSeriousAxeViolations(page, "exposure");
});

test("the customer room walks the lifecycle: each stage's customers, what gets in their way, the conflicts found there", async ({
  page,
}) => {
  await signIn(page, demo.executive);
  await page.goto(`/orgs/${ORG_A}`);
  await page.getByRole("link", { name: "Customer room" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Harbour Mutual: the customer's journey" })).toBeVisible();
  const stages = page.getByTestId("room-stage");
  await expect(stages).toHaveCount(7);
  const help = stages.filter({ has: page.getByRole("heading", { level: 2, name: "Get help and claim" }) });
  // A customer's own voice (the demo's Mr Lindgren has a clip) leads the column and takes the room of two.
  await expect(help.getByTestId("story")).toHaveCount(1);
  await expect(help).toContainText("Sam from claims rang me the next morning");
  await expect(help).toContainText("and 1 more story");
  await expect(help).toContainText(/\d+ findings?/);
  await expectNoSeriousAxeViolations(page, "customer room");
  await page.getByRole("link", { name: "Back to the dashboard" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Harbour Mutual" })).toBeVisible();
});

test("alignment charts say what they mean: nothing to measure is said with a way to fix it, and a bar drills down", async ({
  page,
}) => {
  await signIn(page, demo.consultant);
  // Logistics has roles but no approved behaviours: no empty frame, a sentence and a link to the model.
  await page.goto(`/orgs/${ORG_A}/departments/logistics`);
  const empty = page.getByTestId("alignment-empty");
  await expect(empty).toContainText("No approved behaviours yet");
  await empty.getByRole("link", { name: /Write and approve/ }).click();
  await expect(page).toHaveURL(new RegExp(`/orgs/${ORG_A}/model$`));

  // On the organisation's dashboard every bar carries its figure, and clicking one opens that department.
  await page.goto(`/orgs/${ORG_A}`);
  const bars = page.getByRole("link", { name: /\. Open its dashboard$/ });
  await expect(bars.first()).toBeVisible();
  await expect(page.locator(".recharts-label-list").first()).toContainText(/\d/);
  await bars.first().click();
  await expect(page).toHaveURL(new RegExp(`/orgs/${ORG_A}/departments/[a-z-]+$`));

  // From the keyboard: Tab reaches a bar (a link with its figure in its name) and Enter opens it.
  await page.goto(`/orgs/${ORG_A}`);
  const barLink = page.getByRole("link", { name: /: \d+\. Open its dashboard$/ }).last();
  await barLink.focus();
  await expect(barLink).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`/orgs/${ORG_A}/departments/[a-z-]+$`));
});

test("on a phone the dashboard shows its headline at once and draws a chart when the reader scrolls to it", async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signIn(page, demo.executive);
  const threeP = page.getByTestId("widget-three-p");
  // The figures come with the page; the radar, below the fold, holds its place (its summary is its name).
  await expect(threeP.getByTestId("dashboard-3p")).toHaveText(/^\d+(\.\d)?$/);
  const chart = threeP.getByRole("img", { name: /3P dimensions\. Practical \d/ });
  await expect(chart.locator(".chart-skeleton")).toHaveCount(1);
  await expect(chart.locator("svg.recharts-surface")).toHaveCount(0);
  await chart.scrollIntoViewIfNeeded();
  await expect(chart.locator(".recharts-wrapper > svg.recharts-surface")).toBeVisible();
  await expect(chart.locator(".chart-skeleton")).toHaveCount(0);
  // Printing draws the charts not yet scrolled to, so the printout has no empty frames.
  const alignment = page.getByTestId("widget-alignment");
  await expect(alignment.locator(".chart-skeleton")).toHaveCount(1);
  await page.evaluate(() => window.dispatchEvent(new Event("beforeprint")));
  await expect(alignment.locator(".recharts-wrapper > svg.recharts-surface")).toBeAttached();
  await expect(alignment.locator(".chart-skeleton")).toHaveCount(0);
});
