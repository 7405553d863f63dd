import { expect, test, type Page } from "@playwright/test";
import { demo, ORG_A, signIn } from "./helpers";

/** The customer room at a stage, once it has laid out its columns; that stage's column. */
async function roomAt(page: Page, stage: string, name: string) {
  await page.goto(`/orgs/${ORG_A}/room?stage=${stage}`);
  await expect(page.locator("ol.room-stages[data-columns]")).toBeAttached();
  return page.getByTestId("room-stage").filter({ has: page.getByRole("heading", { level: 2, name }) });
}

/** How many stories the column leaves out ("and 2 more stories"), 0 when it shows them all. */
async function leftOut(column: ReturnType<Page["getByTestId"]>) {
  const more = column.locator(".room-more").filter({ hasText: /stor(y|ies)$/ });
  return (await more.count()) ? Number(/and (\d+) more/.exec(await more.innerText())![1]) : 0;
}

test.use({ viewport: { width: 1920, height: 1080 } });

test("a story just added at a stage that already fills its column leads that column on the wall", async ({ page }) => {
  test.slow(); // a story is written through its form between two visits to the room
  await signIn(page, demo.consultant);
  const before = await roomAt(page, "help", "Get help and claim");
  const shownBefore = await before.getByTestId("story").count();
  const hiddenBefore = await leftOut(before);
  expect(shownBefore + hiddenBefore).toBeGreaterThanOrEqual(2);

  const narrative = `Nobody told me the assessor was coming ${Date.now().toString(36)}.`;
  await page.goto(`/orgs/${ORG_A}/stories/new?stage=help`);
  await expect(page.getByLabel("Stage")).toHaveValue("help");
  await page.getByLabel("Customer", { exact: true }).fill("Mr Lindqvist");
  await page.getByLabel("What happened, in their words").fill(narrative);
  await page.getByRole("button", { name: "Add story" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Thank you" })).toBeVisible();

  const help = await roomAt(page, "help", "Get help and claim");
  await expect(help.getByTestId("story").first()).toContainText(narrative);
  // Nothing is lost from the count: what the new story pushed off the wall is said under it.
  const shownAfter = await help.getByTestId("story").count();
  expect(shownAfter + (await leftOut(help))).toBe(shownBefore + hiddenBefore + 1);
  const hiddenBelow = await help.evaluate((li) => li.scrollHeight - li.clientHeight);
  expect(hiddenBelow, "content below the column's bottom").toBeLessThanOrEqual(0);
});
