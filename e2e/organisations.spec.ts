import { expect, test } from "@playwright/test";
import { demo, linkIn, mailTo, ORG_A, ORG_B, signIn, signUp, uniqueEmail } from "./helpers";

test("a consultant creates an organisation and becomes its owner", async ({ page }) => {
  await signIn(page, demo.consultant);
  const name = `Lakeside Rail ${Date.now().toString(36)}`;
  await page.getByLabel("Name").fill(name);
  await page.getByRole("button", { name: "Create organisation" }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  await expect(page.getByTestId("current-role")).toHaveText("Owner / consultant");
  await page.getByRole("link", { name: "Audit log" }).click();
  await expect(page.getByTestId("audit-row").filter({ hasText: `Created organisation “${name}”` })).toBeVisible();
});

test("a new organisation's dashboard shows the way to its first wave, step by step, as the steps get done", async ({
  page,
}) => {
  await signIn(page, demo.consultant);
  const name = `Northpoint Telecom ${Date.now().toString(36)}`;
  await page.getByLabel("Name").fill(name);
  await page.getByRole("button", { name: "Create organisation" }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  const checklist = page.getByRole("region", { name: "Getting started" });
  await expect(checklist).toContainText("0 of 7 steps done");
  await expect(checklist.getByRole("listitem")).toHaveCount(7);
  await expect(checklist.getByRole("listitem").first()).toContainText("Next");
  await checklist.getByRole("link", { name: "name the stages of the customer lifecycle", exact: true }).click();
  await expect(page).toHaveURL(/\/model\/setup$/);
  await page.getByRole("button", { name: /Start from the template/ }).click();
  await expect(page.getByLabel("Name of stage 7")).toHaveValue("Renew or leave");
  await page.getByRole("link", { name: "Dashboard" }).click();
  await expect(checklist).toContainText("1 of 7 steps done");
  await expect(checklist.getByRole("listitem").first()).toContainText("Done");
  await expect(checklist.getByRole("listitem").nth(1)).toContainText("Next");
  // The demo organisation, set up and surveyed, has no checklist.
  await page.goto(`/orgs/${ORG_A}`);
  await expect(page.getByRole("heading", { level: 1, name: "Harbour Mutual" })).toBeVisible();
  await expect(page.getByTestId("setup-checklist")).toHaveCount(0);
});

test("a consultant switches between the organisations they belong to", async ({ page }) => {
  await signIn(page, demo.consultant);
  await page.goto(`/orgs/${ORG_A}`);
  await page.getByLabel("Organisation", { exact: true }).selectOption(ORG_B);
  await expect(page).toHaveURL(new RegExp(`/orgs/${ORG_B}$`));
  await expect(page.getByRole("heading", { level: 1, name: "Northwind Energy" })).toBeVisible();
});

test("an owner invites an existing user, who joins by the mailed link; their role changes and they are removed — all audited", async ({
  page,
  browser,
}) => {
  const email = uniqueEmail("dana");
  const newcomer = await (await browser.newContext()).newPage();
  await signUp(newcomer, { name: "Dana Newcomer", email, password: "dana-password-1" });
  await expect(newcomer.getByText("You are not a member of any organisation yet.")).toBeVisible();

  await signIn(page, demo.consultant);
  await page.goto(`/orgs/${ORG_A}/members`);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Role", { exact: true }).selectOption("department_head");
  await page.getByRole("checkbox", { name: "Claims" }).check();
  await page.getByRole("button", { name: "Add member" }).click();
  await expect(page.getByRole("status")).toContainText(`${email} is invited. We have emailed them the link.`);
  // An account of the address is not enough: nobody joins before the link is used.
  await expect(page.getByTestId("member-row").filter({ hasText: email })).toHaveCount(0);

  const mail = await mailTo(email, { subject: "Olivia Okafor invited you to Harbour Mutual on Throughline" });
  expect(mail.text).toContain("as department head");
  expect(linkIn(mail, "/invitations")).toBe(await page.getByLabel("Invitation link").inputValue());
  await newcomer.goto(linkIn(mail, "/invitations"));
  await expect(newcomer.getByRole("heading", { name: "Join Harbour Mutual" })).toBeVisible();
  await newcomer.getByRole("button", { name: "Join Harbour Mutual" }).click();
  await expect(newcomer).toHaveURL(new RegExp(`/orgs/${ORG_A}$`));
  await expect(newcomer.getByTestId("current-role")).toHaveText("Department head");

  await page.reload();
  const row = page.getByTestId("member-row").filter({ hasText: email });
  await expect(row).toContainText("Department head");
  await expect(row).toContainText("Claims");

  await row.getByRole("button", { name: "Change role of Dana Newcomer" }).click();
  await row.getByLabel("Role", { exact: true }).selectOption("executive");
  await row.getByRole("button", { name: "Save" }).click();
  await expect(row).toContainText("Executive");

  await row.getByRole("button", { name: "Remove Dana Newcomer" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Remove Dana Newcomer" }).click();
  await expect(page.getByTestId("member-row").filter({ hasText: email })).toHaveCount(0);

  await page.getByRole("link", { name: "Audit log" }).click();
  await expect(page.getByTestId("audit-row").filter({ hasText: `Invited ${email} as Department head` })).toBeVisible();
  await expect(
    page.getByTestId("audit-row").filter({ hasText: `${email} accepted the invitation as Department head` }),
  ).toBeVisible();
  await expect(page.getByTestId("audit-row").filter({ hasText: `Removed ${email}` })).toBeVisible();
  await expect(
    page.getByTestId("audit-row").filter({ hasText: `Changed ${email} from Department head to Executive` }),
  ).toBeVisible();

  const refused = await newcomer.goto(`/orgs/${ORG_A}`);
  expect(refused?.status()).toBe(404);
});

test("an owner invites someone without an account, who creates one from the mailed link and joins", async ({
  page,
  browser,
}) => {
  const email = uniqueEmail("ines");
  await signIn(page, demo.consultant);
  await page.goto(`/orgs/${ORG_A}/members`);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Role", { exact: true }).selectOption("viewer");
  await page.getByRole("button", { name: "Add member" }).click();
  const link = await page.getByLabel("Invitation link").inputValue();
  expect(link).toContain("/invitations/");
  expect(linkIn(await mailTo(email), "/invitations")).toBe(link);

  const invitee = await (await browser.newContext()).newPage();
  await invitee.goto(link);
  await expect(invitee.getByText(`Olivia Okafor invited ${email} to join Harbour Mutual as viewer.`)).toBeVisible();
  await expect(invitee.getByLabel("Email")).toHaveValue(email);
  await invitee.getByLabel("Your name").fill("Ines Invited");
  await invitee.getByLabel("Password").fill("ines-password-1");
  await invitee.getByRole("button", { name: "Create account and join" }).click();
  await expect(invitee).toHaveURL(new RegExp(`/orgs/${ORG_A}$`));
  await expect(invitee.getByTestId("current-role")).toHaveText("Viewer");

  await invitee.goto(link);
  await expect(invitee.getByRole("heading", { name: "This invitation no longer works" })).toBeVisible();
});
