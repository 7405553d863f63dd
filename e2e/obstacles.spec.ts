import { mkdirSync } from "node:fs";
import { expect, type Page, test } from "@playwright/test";
import { demo, expectNoSeriousAxeViolations, ORG_A, signIn } from "./helpers";

const SHOTS = "/work/tmp/shots-obstacles";
mkdirSync(SHOTS, { recursive: true });
const WIDTHS = [390, 1440, 1920] as const;

/** A page at each width: no sideways scroll on any, and a screenshot to look at. */
async function shoot(page: Page, name: string) {
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: width === 390 ? 844 : 1000 });
    const sideways = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(sideways, `${name} at ${width}px scrolls sideways`).toBeLessThanOrEqual(0);
    await page.screenshot({ path: `${SHOTS}/${name}-${width}.png`, fullPage: true });
  }
}

/** The open reports the room piles at "Get help and claim" (0 when it shows none). */
async function pileAtClaims(page: Page): Promise<{ count: number; text: string }> {
  await page.goto(`/orgs/${ORG_A}/room?stage=help`);
  const stage = page
    .getByTestId("room-stage")
    .filter({ has: page.getByRole("heading", { name: "Get help and claim" }) });
  await expect(stage.getByRole("heading", { name: "What gets in their way" })).toBeVisible();
  const pile = stage.getByTestId("paperwork-pile");
  if (!(await pile.count())) return { count: 0, text: "" };
  return { count: Number(await pile.getByTestId("paperwork-count").textContent()), text: await pile.innerText() };
}

test("an anonymous person reports an obstacle by the link and it waits for its week to end; an owner takes up an earlier anonymous report into a process and answers, and the room's paperwork pile loses it", async ({
  page,
  browser,
}) => {
  test.slow();
  const title = `Fax-back claim form ${Date.now().toString(36)}`;
  await signIn(page, demo.consultant);
  await page.goto(`/orgs/${ORG_A}/stories`);
  await page.getByRole("link", { name: "Obstacle reports" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Obstacle reports" })).toBeVisible();
  const linkField = page.getByLabel("Obstacle link", { exact: true });
  if (!(await linkField.count())) await page.getByRole("button", { name: "Make the obstacle link" }).click();
  const link = await linkField.inputValue();
  expect(link).toMatch(/\/s\/o\/[\w-]{43}$/);

  // The reporter: no account, on a phone.
  const reporter = await (await browser.newContext({ viewport: { width: 390, height: 844 } })).newPage();
  await reporter.goto(link);
  await expect(reporter.getByRole("heading", { level: 1, name: "Report an obstacle" })).toBeVisible();
  await reporter.getByRole("radio", { name: "A form" }).check();
  await reporter.getByLabel("What is it called?").fill(title);
  await reporter.getByLabel("Where in the customer's journey?").selectOption({ label: "Get help and claim" });
  await reporter
    .getByLabel("What does it do to the customer?")
    .fill("Customers must print the claim form, sign it and fax it back before anyone looks at their claim.");
  await expectNoSeriousAxeViolations(reporter, "the obstacle link");
  await shoot(reporter, "obstacle-link");
  await reporter.getByRole("button", { name: "Send the report" }).click();
  await expect(reporter.getByRole("heading", { name: "Thank you" })).toBeVisible();
  const receipt = await reporter.getByLabel("Your receipt link").inputValue();
  expect(receipt).toMatch(/\/s\/r\/[\w-]{32}$/);
  await expectNoSeriousAxeViolations(reporter, "the report sent");
  await reporter.setViewportSize({ width: 390, height: 844 });
  await reporter.screenshot({ path: `${SHOTS}/obstacle-sent-390.png`, fullPage: true });

  // Anonymous reports join the list after the week they were sent, five or more together (the ballot box): the
  // receipt says it is received, and the list neither has it nor says how many wait.
  await reporter.goto(receipt);
  await expect(reporter.getByRole("heading", { level: 1, name: "Your obstacle report" })).toBeVisible();
  await expect(reporter.getByTestId("receipt-status")).toHaveText(/^Received: it joins the list after the week/);
  await expect(reporter.getByTestId("receipt-answer")).toHaveText("No answer yet. Come back to this link later.");
  await expect(reporter.getByText(title)).toHaveCount(0);
  await expectNoSeriousAxeViolations(reporter, "the receipt");
  await shoot(reporter, "receipt");
  await page.goto(`/orgs/${ORG_A}/obstacles`);
  await expect(page.getByTestId("obstacles-batches")).toContainText("after the week they were sent, at least 5");
  await expect(page.getByTestId("obstacle-report").filter({ hasText: title })).toHaveCount(0);

  // An earlier anonymous report, open, at "Get help and claim" (the demo's were sent last week): the room piles it
  // at its stage, by its title.
  const earlier = (
    await page
      .getByTestId("obstacle-report")
      .filter({ hasText: "Get help and claim" })
      .filter({ hasText: "anonymous" })
      .filter({ has: page.getByText("Open", { exact: true }) })
      .first()
      .getByRole("heading", { level: 3 })
      .innerText()
  ).trim();
  const before = await pileAtClaims(page);
  expect(before.text).toMatch(/^Paperwork pile: \d+ open reports?/);
  expect(before.text).toContain(earlier);
  await shoot(page, "room");

  // The owner takes it up: a new process of the contact centre, with an answer.
  await page.goto(`/orgs/${ORG_A}/obstacles`);
  const report = page.getByTestId("obstacle-report").filter({ has: page.getByRole("heading", { name: earlier }) });
  await expect(report).toContainText("anonymous");
  await expect(report).toContainText("Open");
  await expectNoSeriousAxeViolations(page, "the obstacles page");
  await shoot(page, "obstacles");
  await page.setViewportSize({ width: 1440, height: 1000 });
  await report.getByLabel("What to do with it").selectOption({ label: "Add it to the inventory as a process" });
  await report.getByLabel("Name in the inventory").fill(`${title} process`);
  await report.getByLabel("Department that runs it").selectOption({ label: "Contact centre" });
  await report
    .getByLabel("Answer to the reporter (optional)")
    .fill("Thank you: it is now on the contact centre's list to fix.");
  await report.getByRole("button", { name: "Take it up" }).click();
  await expect(report.getByText("Taken up", { exact: true })).toBeVisible();
  await expect(report.getByLabel("What to do with it")).toHaveCount(0);

  // The room's pile loses it.
  const after = await pileAtClaims(page);
  expect(after.count).toBe(before.count - 1);
  expect(after.text).not.toContain(earlier);

  // In the reporter's language.
  await reporter.goto(`${link}?lang=fr`);
  await expect(reporter.getByRole("heading", { level: 1, name: "Signaler un obstacle" })).toBeVisible();
  await expect(reporter.getByRole("radio", { name: "Un formulaire" })).toBeVisible();

  // The process is in the inventory.
  await page.goto(`/orgs/${ORG_A}/inventory`);
  await expect(page.getByText(`${title} process`).first()).toBeVisible();
});

test("a wrong obstacle link or receipt is a translated not-found page; a new link stops the old one", async ({
  page,
  browser,
}) => {
  const visitor = await (await browser.newContext()).newPage();
  const wrong = await visitor.goto("/s/o/not-a-real-obstacle-link-token-at-all-000000");
  expect(wrong?.status()).toBe(404);
  await expect(visitor.getByRole("heading", { name: "This obstacle link does not work" })).toBeVisible();
  const noReceipt = await visitor.goto("/s/r/not-a-real-receipt");
  expect(noReceipt?.status()).toBe(404);
  await expect(visitor.getByRole("heading", { name: "This receipt link does not work" })).toBeVisible();

  await signIn(page, demo.consultant);
  await page.goto(`/orgs/${ORG_A}/obstacles`);
  const linkField = page.getByLabel("Obstacle link", { exact: true });
  if (!(await linkField.count())) await page.getByRole("button", { name: "Make the obstacle link" }).click();
  const old = await linkField.inputValue();
  await page.getByRole("button", { name: "Make a new link" }).click();
  const dialog = page.getByRole("dialog", { name: "Make a new obstacle link?" });
  await dialog.getByRole("button", { name: "Make a new link" }).click();
  await expect(linkField).not.toHaveValue(old);
  const fresh = await linkField.inputValue();
  expect((await visitor.goto(old))?.status()).toBe(404);
  expect((await visitor.goto(fresh))?.status()).toBe(200);
  await page.reload();
  // Shown again after a reload: the link is made from what is kept, not stored.
  await expect(page.getByLabel("Obstacle link", { exact: true })).toHaveValue(fresh);
});

test("a viewer reports from the app with their name on it; the head of the contact centre sees only its reports", async ({
  page,
}) => {
  const title = `Twelve-digit policy numbers ${Date.now().toString(36)}`;
  await signIn(page, demo.viewer);
  await page.goto(`/orgs/${ORG_A}/obstacles`);
  await expect(page.getByRole("heading", { name: "Reports to take up" })).toHaveCount(0);
  await page.getByRole("radio", { name: "A measure or target" }).check();
  await page.getByLabel("What is it called?").fill(title);
  await page
    .getByLabel("What does it do to the customer?")
    .fill("Customers have to find and read out a twelve-digit number before we can help them.");
  await page.getByLabel("Whose work is it? (optional)").selectOption({ label: "Contact centre" });
  await page.getByLabel("Put my name on it").check();
  await page.getByRole("button", { name: "Send the report" }).click();
  await expect(page.getByRole("status").getByText(/with your name on it/)).toBeVisible();
  await expect(page.getByTestId("my-obstacle").filter({ hasText: title })).toContainText("Answer: none yet.");
  await expectNoSeriousAxeViolations(page, "the obstacles page of a viewer");
  // Searching what a report could be mapped to is for those who triage.
  const searched = await page.request.get(`/api/orgs/${ORG_A}/obstacles/triage-choices?for=source&q=claim`);
  expect(searched.status()).toBe(403);

  const head = await (await page.context().browser()!.newContext()).newPage();
  await signIn(head, demo.head);
  await head.goto(`/orgs/${ORG_A}/obstacles`);
  const mine = head.getByTestId("obstacle-report");
  await expect(mine.filter({ hasText: title })).toContainText("reported by");
  // Every report the head sees is the contact centre's.
  for (const text of await mine.allInnerTexts()) expect(text).toContain("Contact centre");
  await mine.filter({ hasText: title }).getByText("Answer without deciding yet").click();
  await mine
    .filter({ hasText: title })
    .getByLabel("Answer to the reporter", { exact: true })
    .fill("We will look at it.");
  await mine.filter({ hasText: title }).getByRole("button", { name: "Save" }).click();
  await expect(mine.filter({ hasText: title }).getByText("Saved.")).toBeVisible();
  await page.reload();
  await expect(page.getByTestId("my-obstacle").filter({ hasText: title })).toContainText("We will look at it.");

  // The head takes it up as obstructing a behaviour: what obstructs and the behaviour are found by words.
  const report = mine.filter({ hasText: title });
  await report.getByLabel("What to do with it").selectOption({ label: "Map it as obstructing a behaviour" });
  const what = report.getByLabel("What obstructs", { exact: true });
  await expect(what).toHaveValue("");
  await report.getByLabel("Find what obstructs").fill("zzz no such thing");
  await expect(report.getByRole("status").filter({ hasText: "No process, system or KPI matches" })).toHaveCount(1);
  await expect(what.locator("option")).toHaveText(["No process, system or KPI matches"]);
  await report.getByLabel("Find what obstructs").fill("call routing");
  await expect(what.locator("option", { hasText: "System: Telephony and call routing" })).toHaveCount(1);
  await expect(what).toHaveValue("system:telephony");
  await expect(report.getByRole("status").filter({ hasText: /^[1-9]\d* match(es)? found$/ })).toHaveCount(1);
  // Enter in the search goes to the matches; it does not send the form.
  await report.getByLabel("Find the behaviour").fill("policy number");
  await report.getByLabel("Find the behaviour").press("Enter");
  const behaviour = report.getByLabel("The behaviour it obstructs");
  await expect(behaviour).toBeFocused();
  // Each behaviour says whose it is and at which stage.
  await expect(behaviour.locator("option", { hasText: "policy number alone" })).toHaveText([
    /^Contact-centre advisor · Get help and claim: Uses the customer's name/,
  ]);
  await behaviour.selectOption({
    label: await behaviour.locator("option", { hasText: "policy number alone" }).innerText(),
  });
  await expectNoSeriousAxeViolations(head, "triage by search");
  await shoot(head, "triage-search");
  await head.setViewportSize({ width: 1440, height: 1000 });
  await report.getByRole("button", { name: "Take it up" }).click();
  await expect(report.getByText("Taken up", { exact: true })).toBeVisible();
});
