import { expect, test } from "@playwright/test";
import { demo, expectNoSeriousAxeViolations, ORG_A, signIn } from "./helpers";

// The graph page runs axe over a few hundred SVG elements, on a machine shared with other builds.
test.setTimeout(120_000);

const node = (page: import("@playwright/test").Page, id: string) => page.locator(`.react-flow__node[data-id="${id}"]`);

test("an executive focuses average handle time, sees what it obstructs and its trade-off path, reads it as a table and walks the graph by keyboard", async ({
  page,
}) => {
  await signIn(page, demo.executive);
  await page.goto(`/orgs/${ORG_A}`);
  await page.getByRole("link", { name: "System view" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "System view" })).toBeVisible();
  await expect(node(page, "kpi:aht")).toBeVisible();
  await expectNoSeriousAxeViolations(page, "system view, clustered");

  const search = page.getByRole("combobox", { name: "Focus on a KPI or role" });
  await search.fill("handle");
  await page.getByRole("option", { name: /Average handle time/ }).click();
  await expect(page.getByTestId("system-status")).toContainText("Focused on Average handle time");
  await expect(page).toHaveURL(/focus=kpi%3Aaht|focus=kpi:aht/);
  // What it obstructs, directly…
  await expect(node(page, "behaviour:resolve-on-call")).toBeVisible();
  await expect(node(page, "behaviour:resolve-on-call")).toHaveAttribute(
    "aria-label",
    /Behaviour .*worst finding critical/,
  );
  // …and through the KPI it trades off against (F12's path).
  await expect(node(page, "kpi:complaints-rate")).toBeVisible();
  await expect(node(page, "behaviour:name-not-number")).toBeVisible();
  // Nothing else of the model is drawn.
  await expect(node(page, "behaviour:payment-plan")).toHaveCount(0);
  await expectNoSeriousAxeViolations(page, "system view, focused");

  // The details of an item: its findings' explanations and the way to the findings page.
  await node(page, "kpi:aht").click();
  const details = page.getByRole("complementary", { name: "Details" });
  await expect(details).toContainText("Average handle time");
  await expect(details.getByRole("link", { name: "See it in the findings" }).first()).toBeVisible();

  await page.getByRole("button", { name: "Table" }).click();
  const table = page.getByTestId("graph-table");
  await expect(table).toContainText("Average handle time");
  const tradeOff = table.getByRole("row").filter({ hasText: "trades off against" }).filter({ hasText: "Complaints" });
  await expect(tradeOff.first()).toContainText("obstructs (through a KPI link)");
  await expect(table.getByRole("row").filter({ hasText: "Stays on the call" }).first()).toContainText("obstructs");
  await expectNoSeriousAxeViolations(page, "system view, table");

  // The address holds the focus: reloading shows the same view; the keyboard walks the graph.
  await page.getByRole("button", { name: "Graph" }).click();
  await page.reload();
  await expect(page.getByTestId("system-status")).toContainText("Focused on Average handle time");
  await node(page, "kpi:aht").focus();
  await page.keyboard.press("ArrowRight");
  const focused = () => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.id ?? "");
  await expect.poll(focused).not.toBe("kpi:aht");
  // Walk to a behaviour and press Enter: the view focuses its role.
  for (let i = 0; i < 4 && !(await focused()).startsWith("behaviour:"); i++) await page.keyboard.press("ArrowRight");
  expect(await focused()).toMatch(/^behaviour:/);
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("system-status")).toContainText(/Focused on .*(advisor|leader)/i);
  await expect(page).toHaveURL(/focus=role/);
  // Escape clears the focus: back to the whole model.
  await node(page, page.url().includes("advisor") ? "behaviour:resolve-on-call" : "behaviour:coach-on-calls").focus();
  await page.keyboard.press("Escape");
  await expect(page.getByTestId("system-status")).toContainText("The whole model");
});

test("a shared link to a KPI that is not in the model says so and shows the whole model", async ({ page }) => {
  await signIn(page, demo.viewer);
  await page.goto(`/orgs/${ORG_A}/system?focus=kpi:no-such-kpi&severity=extreme`);
  await expect(page.getByTestId("filter-problems")).toContainText('"kpi:no-such-kpi"');
  await expect(page.getByTestId("filter-problems")).toContainText('"extreme"');
  await expect(node(page, "kpi:aht")).toBeVisible();
});
