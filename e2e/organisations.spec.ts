import { expect, test } from "@playwright/test";
import { demo, formError, ORG_A, ORG_B, signIn, uniqueEmail } from "./helpers";

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

test("a consultant switches between the organisations they belong to", async ({ page }) => {
  await signIn(page, demo.consultant);
  await page.goto(`/orgs/${ORG_A}`);
  await page.getByLabel("Organisation", { exact: true }).selectOption(ORG_B);
  await expect(page).toHaveURL(new RegExp(`/orgs/${ORG_B}$`));
  await expect(page.getByRole("heading", { level: 1, name: "Northwind Energy" })).toBeVisible();
});

test("an owner adds an existing user, changes their role and removes them — all audited", async ({ page, browser }) => {
  const email = uniqueEmail("dana");
  const newcomer = await browser.newPage();
  await newcomer.goto("/signup");
  await newcomer.getByLabel("Your name").fill("Dana Newcomer");
  await newcomer.getByLabel("Email").fill(email);
  await newcomer.getByLabel("Password").fill("dana-password-1");
  await newcomer.getByRole("button", { name: "Create account" }).click();
  await expect(newcomer.getByText("You are not a member of any organisation yet.")).toBeVisible();

  await signIn(page, demo.consultant);
  await page.goto(`/orgs/${ORG_A}/members`);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Role", { exact: true }).selectOption("department_head");
  await page.getByRole("checkbox", { name: "Claims" }).check();
  await page.getByRole("button", { name: "Add member" }).click();
  await expect(page.getByRole("status")).toHaveText(`${email} was added.`);
  const row = page.getByTestId("member-row").filter({ hasText: email });
  await expect(row).toContainText("Department head");
  await expect(row).toContainText("Claims");

  await newcomer.reload();
  await newcomer.getByRole("link", { name: /Harbour Mutual/ }).click();
  await expect(newcomer.getByTestId("current-role")).toHaveText("Department head");

  await row.getByRole("button", { name: "Change role of Dana Newcomer" }).click();
  await row.getByLabel("Role", { exact: true }).selectOption("executive");
  await row.getByRole("button", { name: "Save" }).click();
  await expect(row).toContainText("Executive");

  page.once("dialog", (dialog) => dialog.accept());
  await row.getByRole("button", { name: "Remove Dana Newcomer" }).click();
  await expect(page.getByTestId("member-row").filter({ hasText: email })).toHaveCount(0);

  await page.getByRole("link", { name: "Audit log" }).click();
  await expect(page.getByTestId("audit-row").filter({ hasText: `Removed ${email}` })).toBeVisible();
  await expect(page.getByTestId("audit-row").filter({ hasText: `Changed ${email} from Department head to Executive` })).toBeVisible();

  const refused = await newcomer.goto(`/orgs/${ORG_A}`);
  expect(refused?.status()).toBe(404);
});

test("an owner invites someone without an account, who joins through the link", async ({ page, browser }) => {
  const email = uniqueEmail("ines");
  await signIn(page, demo.consultant);
  await page.goto(`/orgs/${ORG_A}/members`);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Role", { exact: true }).selectOption("viewer");
  await page.getByRole("button", { name: "Add member" }).click();
  const link = await page.getByLabel("Invitation link").inputValue();
  expect(link).toContain("/signup?invitation=");

  const invitee = await (await browser.newContext()).newPage();
  await invitee.goto(link);
  await expect(invitee.getByText("You were invited to join Harbour Mutual.")).toBeVisible();
  await expect(invitee.getByLabel("Email")).toHaveValue(email);
  await invitee.getByLabel("Your name").fill("Ines Invited");
  await invitee.getByLabel("Password").fill("ines-password-1");
  await invitee.getByRole("button", { name: "Create account" }).click();
  await expect(invitee).toHaveURL(new RegExp(`/orgs/${ORG_A}$`));
  await expect(invitee.getByTestId("current-role")).toHaveText("Viewer");

  await invitee.goto(link);
  await expect(formError(invitee)).toContainText("invalid, used or expired");
});
