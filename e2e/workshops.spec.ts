import { expect, test } from "@playwright/test";
import { demo, expectNoSeriousAxeViolations, ORG_A, signIn } from "./helpers";

test("a consultant runs an empathy workshop: participants send their best and worst moments, one becomes a customer story at its stage, another starts a behaviour", async ({
  page,
  browser,
}) => {
  const name = `Offsite ${Date.now().toString(36)}`;
  await signIn(page, demo.consultant);
  await page.goto(`/orgs/${ORG_A}/stories`);
  await page.getByRole("link", { name: "Empathy workshops" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Empathy workshops" })).toBeVisible();
  await page.getByLabel("Name", { exact: true }).fill(name);
  await page.getByRole("button", { name: "Open the workshop" }).click();
  const link = await page.getByLabel("Workshop link").inputValue();

  const participant = await (await browser.newContext({ viewport: { width: 390, height: 844 } })).newPage();
  await participant.goto(link);
  await expect(participant.getByRole("heading", { level: 1 })).toContainText(name);
  const best = participant.getByRole("group", { name: /best experience/ });
  await best.getByLabel("What happened?").fill("The airline rebooked me before I even knew my flight was cancelled.");
  await best.getByLabel(/What made it so good/).fill("They acted before I had to ask");
  await best.getByRole("radio", { name: "Sometimes" }).check();
  const worst = participant.getByRole("group", { name: /worst experience/ });
  await worst.getByLabel("What happened?").fill("My bank asked me to fax a form to close an account.");
  await worst.getByLabel(/What made it so bad/).fill("Paperwork for their convenience, not mine");
  await worst.getByRole("radio", { name: "Yes" }).check();
  await expectNoSeriousAxeViolations(participant);
  await participant.getByRole("button", { name: "Send" }).click();
  await expect(participant.getByRole("heading", { name: "Thank you" })).toBeVisible();

  await page.reload();
  const workshop = page.getByTestId("workshop").filter({ hasText: name });
  await expect(workshop).toContainText("2 moments");
  await expect(workshop).toContainText("the worst ones: 1 yes");
  const claims = () =>
    page.getByTestId("room-stage").filter({ has: page.getByRole("heading", { name: "Get help and claim" }) });
  // The column shows two stories and counts the rest: every story told there is one or the other.
  const toldAtClaims = async () => {
    await page.goto(`/orgs/${ORG_A}/room?stage=help`);
    const more = claims().getByText(/^and \d+ more stor/);
    const hidden = (await more.count()) ? Number(/\d+/.exec((await more.textContent())!)![0]) : 0;
    return (await claims().getByTestId("story").count()) + hidden;
  };
  const toldBefore = await toldAtClaims();
  await page.goto(`/orgs/${ORG_A}/workshops`);
  const moment = page
    .getByTestId("workshop")
    .filter({ hasText: name })
    .getByTestId("moment")
    .filter({ hasText: "fax a form" });
  const toStory = moment.getByRole("link", { name: "Make it a customer story" });
  const form = (await toStory.getAttribute("href"))!;
  await toStory.click();
  await expect(page.getByRole("heading", { level: 1, name: "Make a workshop moment a customer story" })).toBeVisible();
  const words = page.getByLabel("What happened, in their words");
  await expect(words).toHaveValue(
    "My bank asked me to fax a form to close an account. What made it bad: Paperwork for their convenience, not mine",
  );
  await expectNoSeriousAxeViolations(page);
  await words.fill("My bank asked me to fax a form to close an account — in this day and age.");
  await page.getByLabel("Stage").selectOption({ label: "Get help and claim" });
  await page.getByRole("button", { name: "Save as a customer story" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Empathy workshops" })).toBeVisible();
  const turned = page
    .getByTestId("workshop")
    .filter({ hasText: name })
    .getByTestId("moment")
    .filter({ hasText: "fax a form" });
  await expect(turned.getByRole("link", { name: "Now a customer story" })).toBeVisible();
  await page.goto(`/orgs/${ORG_A}/stories`);
  await expect(page.getByTestId("story-entry").filter({ hasText: "in this day and age" })).toContainText(
    "(name changed)",
  );
  expect(await toldAtClaims()).toBe(toldBefore + 1);
  // Opening the form again once saved says so, rather than making a second story.
  await page.goto(form);
  await expect(page.getByText("This moment is already a customer story.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Save as a customer story" })).toHaveCount(0);
  await page.goto(`/orgs/${ORG_A}/workshops`);

  // The other moment starts a draft behaviour for a role at a stage, quoted as why it matters.
  const rebooked = page
    .getByTestId("workshop")
    .filter({ hasText: name })
    .getByTestId("moment")
    .filter({ hasText: "rebooked" });
  await rebooked.getByRole("button", { name: "Start a behaviour from it" }).click();
  await rebooked.getByLabel("Role").selectOption({ label: "Claims handler" });
  await rebooked.getByLabel("Stage").selectOption({ label: "Get help and claim" });
  await expectNoSeriousAxeViolations(page);
  await rebooked.getByRole("button", { name: "Write the behaviour" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Claims handler · Get help and claim" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "New behaviour" })).toBeVisible();
  await expect(page.getByLabel("Why it matters to the customer")).toHaveValue(
    `From the empathy workshop “${name}”, a participant's best experience as a customer: “The airline rebooked me before I even knew my flight was cancelled.” What made it good: They acted before I had to ask`,
  );

  await page.goto(`/orgs/${ORG_A}/workshops`);
  const closing = page.getByTestId("workshop").filter({ hasText: name });
  await closing.getByRole("button", { name: "Close the workshop" }).click();
  // The click only sends the request: wait until the page shows it done before the participant looks.
  await expect(closing.getByRole("button", { name: "Close the workshop" })).toBeHidden();
  await participant.goto(link);
  await expect(participant.getByRole("heading", { name: "This workshop has finished" })).toBeVisible();
});

test("a workshop's link can be copied, shown as a QR code, and made anew after a reload: the old one then stops working", async ({
  page,
  browser,
  context,
}) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  const name = `Kick-off ${Date.now().toString(36)}`;
  await signIn(page, demo.consultant);
  await page.goto(`/orgs/${ORG_A}/workshops`);
  await page.getByLabel("Name", { exact: true }).fill(name);
  await page.getByRole("button", { name: "Open the workshop" }).click();
  const first = await page.getByLabel("Workshop link").inputValue();
  await page.getByRole("button", { name: "Copy link" }).click();
  await expect(page.getByText("Copied.")).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(first);
  await page.getByRole("button", { name: "Show QR code" }).click();
  await expect(page.getByRole("img", { name: "QR code for the workshop link" })).toBeVisible();

  // After a reload the link is gone (only its hash is kept): a new one replaces it.
  await page.reload();
  await expect(page.getByLabel("Workshop link")).toHaveCount(0);
  const workshop = page.getByTestId("workshop").filter({ hasText: name });
  await workshop.getByRole("button", { name: "New link" }).click();
  const question = page.getByRole("dialog", { name: `Make a new link for ${name}?` });
  await expect(question.getByRole("button", { name: "Cancel" })).toBeFocused();
  await question.getByRole("button", { name: "Make a new link" }).click();
  const second = await workshop.getByLabel("Workshop link").inputValue();
  expect(second).not.toBe(first);
  expect(second).toMatch(/\/w\/[A-Za-z0-9_-]+$/);

  const participant = await (await browser.newContext({ viewport: { width: 390, height: 844 } })).newPage();
  expect((await participant.goto(first))?.status()).toBe(404);
  await expect(participant.getByRole("heading", { name: "This workshop link does not work" })).toBeVisible();
  await participant.goto(second);
  await expect(participant.getByRole("heading", { level: 1 })).toContainText(name);
  // On a phone, Send with nothing filled in: the error appears by the button, focused and on screen.
  await participant.getByRole("button", { name: "Send" }).click();
  const error = participant.locator("form").getByRole("alert");
  await expect(error).toBeFocused();
  await expect(error).toBeInViewport();
});
