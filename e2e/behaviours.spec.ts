import { readFileSync } from "node:fs";
import { expect, test, type Browser } from "@playwright/test";
import { demo, ORG_A, signIn } from "./helpers";

async function pageAs(browser: Browser, email: string) {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, email);
  return page;
}

test("a department head writes a behaviour (the language check flags PAX as they type), proposes it, an executive approves it, and the versions compare", async ({
  browser,
}) => {
  const head = await pageAs(browser, demo.head);
  // A cell no other test counts on (team leaders do not take part in "Renew or leave").
  await head.goto(`/orgs/${ORG_A}/model/team-leader/renew`);
  await head.getByRole("button", { name: "Write a behaviour" }).click();
  const action = head.getByLabel("Observable action");
  await action.fill("Greets all PAX by name before the first question");
  await expect(head.getByTestId("language-hit")).toContainText("Jargon: “PAX”");
  await action.fill("Greets every caller by name and asks what cover they are looking for before quoting");
  await expect(head.getByTestId("language-hit")).toHaveCount(0);
  await expect(head.getByText("Language check: no jargon, euphemisms or platitudes.")).toBeVisible();
  await head.getByLabel("Why it matters to the customer").fill("People buy from someone who listened first");
  await head.getByRole("checkbox", { name: "Retain 5% more policyholders at renewal" }).check();
  await head.getByRole("button", { name: "Save as draft" }).click();
  await expect(head).toHaveURL(new RegExp(`/orgs/${ORG_A}/behaviours/team-leader-greets`));
  await expect(head.getByTestId("behaviour-status")).toHaveText("draft");
  await head.getByRole("button", { name: "Propose for approval" }).click();
  await expect(head.getByTestId("behaviour-status")).toHaveText("proposed");
  const behaviourUrl = head.url();

  const executive = await pageAs(browser, demo.executive);
  await executive.goto(behaviourUrl);
  await expect(executive.getByRole("heading", { name: "Edit" })).toHaveCount(0);
  await executive.getByRole("button", { name: "Approve" }).click();
  await expect(executive.getByTestId("behaviour-status")).toHaveText("approved");
  await executive.goto(`/orgs/${ORG_A}/model`);
  await expect(executive.getByTestId("cell-team-leader-renew")).toHaveText("1 approved");

  // The head edits the approved words: it goes back for approval, and the change shows in the comparison.
  await head.goto(behaviourUrl);
  await head
    .getByLabel("Observable action")
    .fill("Greets every caller by name and asks what they want to protect before quoting");
  await head.getByRole("button", { name: "Save new version" }).click();
  await expect(head.getByTestId("behaviour-status")).toHaveText("proposed");
  const comparison = head.getByTestId("version-comparison");
  await expect(comparison.locator("del").first()).toBeVisible();
  expect((await comparison.locator("del").allTextContents()).join("")).toContain("looking for");
  expect((await comparison.locator("ins").allTextContents()).join("")).toContain("want to protect");
  await expect(head.getByTestId("version")).toHaveCount(4);
});

test("a department head cannot write or edit another department's behaviours, in the page or through the API", async ({
  browser,
}) => {
  const head = await pageAs(browser, demo.head);
  await head.goto(`/orgs/${ORG_A}/model/handler/help`);
  await expect(head.getByTestId("behaviour").first()).toBeVisible();
  await expect(head.getByRole("button", { name: "Write a behaviour" })).toHaveCount(0);
  await head.goto(`/orgs/${ORG_A}/behaviours/call-back-next-day`);
  await expect(head.getByRole("heading", { name: "Edit" })).toHaveCount(0);

  const origin = new URL(head.url()).origin;
  const edit = await head.request.patch(`/api/orgs/${ORG_A}/behaviours/call-back-next-day`, {
    data: { action: "Never call back at all, ever", expectedVersion: 1 },
    headers: { origin },
  });
  expect(edit.status()).toBe(403);
  const create = await head.request.post(`/api/orgs/${ORG_A}/behaviours`, {
    data: { role: "handler", stage: "help", action: "Writes in someone else's department" },
    headers: { origin },
  });
  expect(create.status()).toBe(403);
  await head.reload();
  await expect(head.getByRole("heading", { level: 1 })).toContainText("Calls the customer back within one working day");
});

test("two people editing the same behaviour: the second save is refused with a clear message, not silently lost", async ({
  browser,
}) => {
  const first = await pageAs(browser, demo.head);
  const second = await pageAs(browser, demo.consultant);
  await first.goto(`/orgs/${ORG_A}/model/team-leader/onboard`);
  await first.getByRole("button", { name: "Write a behaviour" }).click();
  await first
    .getByLabel("Observable action")
    .fill("Sits in on one onboarding call a week and shares what the customer asked");
  await first.getByRole("button", { name: "Save as draft" }).click();
  await expect(first.getByTestId("behaviour-status")).toHaveText("draft");
  const url = new URL(first.url()).pathname;
  await second.goto(url);
  await first
    .getByLabel("Observable action")
    .fill("Uses the customer's name and the details of their loss in every sentence");
  await first.getByRole("button", { name: "Save new version" }).click();
  await expect(first.getByRole("status")).toContainText("Saved as version");
  await second.getByLabel("Observable action").fill("An edit started from the old version");
  await second.getByRole("button", { name: "Save new version" }).click();
  await expect(second.locator('.alert[role="alert"]')).toContainText(
    "Someone saved this behaviour after you opened it",
  );
  await second.reload();
  await expect(second.getByRole("heading", { level: 1 })).toContainText("in every sentence");
});

test("after a new version is proposed, the compare selectors show the versions compared, no stale “Saved as version”, and objectives by name, never a key", async ({
  page,
}) => {
  // A fresh organisation with the demo model, so the versions made here change nothing other tests count on.
  await signIn(page, demo.consultant);
  const name = `Versions lab ${Date.now().toString(36)}`;
  await page.getByLabel("Name").fill(name);
  await page.getByRole("button", { name: "Create organisation" }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  const slug = new URL(page.url()).pathname.split("/")[2]!;
  const imported = await page.request.post(`/api/orgs/${slug}/model`, {
    data: readFileSync("lib/demo/harbour-mutual.model.json", "utf8"),
    headers: { origin: new URL(page.url()).origin, "content-type": "application/json" },
  });
  expect(imported.status()).toBe(200);

  await page.goto(`/orgs/${slug}/model/team-leader/pay`);
  await page.getByRole("button", { name: "Write a behaviour" }).click();
  await page
    .getByLabel("Observable action")
    .fill("Explains every change to a premium before the customer sees the bill");
  await page.getByRole("checkbox", { name: "Retain 5% more policyholders at renewal" }).check();
  await page.getByRole("button", { name: "Save as draft" }).click();
  await expect(page.getByTestId("behaviour-status")).toHaveText("draft");
  const key = new URL(page.url()).pathname.split("/").pop()!;

  await page
    .getByLabel("Observable action")
    .fill("Explains every change to a premium, in plain words, before the bill");
  await page.getByRole("checkbox", { name: "Halve complaints about claims" }).check();
  await page.getByRole("button", { name: "Save new version" }).click();
  await expect(page.getByRole("status")).toHaveText("Saved as version 2.");
  await expect(page.getByLabel("Compare version")).toHaveValue("1");
  await expect(page.getByLabel("with version")).toHaveValue("2");

  await page.getByRole("button", { name: "Propose for approval" }).click();
  await expect(page.getByTestId("behaviour-status")).toHaveText("proposed");
  await expect(page.getByTestId("version")).toHaveCount(3);
  await expect(page.getByText(/Saved as version/)).toHaveCount(0);
  await expect(page.getByLabel("Compare version")).toHaveValue("2");
  await expect(page.getByLabel("with version")).toHaveValue("3");
  const comparison = page.getByTestId("version-comparison");
  await expect(comparison.getByRole("heading", { name: "Version 2" })).toBeVisible();
  await expect(comparison.getByRole("heading", { name: "Version 3" })).toBeVisible();
  await expect(comparison).toContainText("Halve complaints about claims; Retain 5% more policyholders at renewal");
  await expect(comparison).not.toContainText("retention");
  await expect(page.locator("main")).not.toContainText(key);

  await page.goto(`/orgs/${slug}/model/team-leader/pay`);
  await expect(page.getByTestId("behaviour")).toContainText("Explains every change to a premium");
  await expect(page.locator("main")).not.toContainText(key);
});
