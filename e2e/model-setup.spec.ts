import { expect, test } from "@playwright/test";
import { demo, expectNoSeriousAxeViolations, signIn } from "./helpers";

test("a consultant builds a small model through the UI and writes its first behaviour", async ({ page }) => {
  await signIn(page, demo.consultant);
  const name = `Lakeside Energy ${Date.now().toString(36)}`;
  await page.getByLabel("Name").fill(name);
  await page.getByRole("button", { name: "Create organisation" }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  // An empty organisation's dashboard says what is missing, with where to add it, rather than that all is well.
  await expect(page.getByTestId("findings-empty")).toContainText("no behaviour here is approved");
  await expect(page.getByTestId("findings-empty").getByRole("link")).toHaveAttribute("href", /\/model$/);
  await expect(page.getByTestId("exposure-empty")).toContainText("No roles here yet");
  await page.getByRole("link", { name: "Model" }).click();
  await page.getByRole("link", { name: "Set up the model" }).click();

  await page.getByRole("button", { name: /Start from the template/ }).click();
  await expect(page.getByLabel("Name of stage 5")).toHaveValue("Get help");
  await page.getByLabel("Name of stage 5").fill("Report an outage");
  await page.getByLabel("Name of stage 5").press("Enter");
  await page.getByRole("button", { name: "Move Pay earlier" }).click();
  await expect(page.getByLabel("Name of stage 5")).toHaveValue("Pay");

  await page.getByLabel("New department").fill("Field operations");
  await page.getByRole("button", { name: "Add department" }).click();
  await expect(page.getByLabel("Name of department Field operations")).toHaveValue("Field operations");
  await page.getByLabel("New department").fill("Dispatch");
  await page.getByLabel("Inside").selectOption({ label: "Field operations" });
  await page.getByRole("button", { name: "Add department" }).click();
  await expect(
    page.getByTestId("rename-row").filter({ has: page.getByLabel("Name of department Dispatch") }),
  ).toContainText("in Field operations");

  await page.getByLabel("New role").fill("Field engineer");
  await page.getByLabel("Department", { exact: true }).selectOption({ label: "Dispatch" });
  await page.getByLabel("Headcount").fill("40");
  await page.getByLabel("Customer-facing").check();
  await page.getByRole("button", { name: "Add role" }).click();
  await expect(
    page.getByTestId("rename-row").filter({ has: page.getByLabel("Name of role Field engineer") }),
  ).toContainText("Dispatch, customer-facing, 40 people");
  await page.getByRole("checkbox", { name: "Field engineer takes part in Report an outage" }).check();
  await expect(page.getByRole("checkbox", { name: "Field engineer takes part in Report an outage" })).toBeChecked();

  await page.getByLabel("New objective").fill("Restore supply within 4 hours for 95% of homes");
  await page.getByRole("button", { name: "Add objective" }).click();
  await expect(page.getByText("Restore supply within 4 hours for 95% of homes")).toBeVisible();

  await page.getByRole("link", { name: "← Model" }).click();
  // Renaming a stage keeps its key, so links and files stay valid.
  const cell = page.getByTestId("cell-field-engineer-get-help");
  await expect(cell).toContainText("Blind spot");
  await cell.getByRole("link").click();
  await page.getByRole("button", { name: "Write a behaviour" }).click();
  await page.getByLabel("Observable action").fill("Rings the customer from the van with an arrival time, by name");
  await page.getByRole("checkbox", { name: "Restore supply within 4 hours for 95% of homes" }).check();
  await page.getByRole("button", { name: "Save as draft" }).click();
  await expect(page.getByTestId("behaviour-status")).toHaveText("draft");
  await page.getByRole("button", { name: "Propose for approval" }).click();
  await expect(page.getByTestId("behaviour-status")).toHaveText("proposed");
  await page.getByRole("link", { name: "Model" }).click();
  await expect(page.getByTestId("cell-field-engineer-get-help")).toContainText("Blind spot · 1 proposed");
});

test("roles come in from a spreadsheet; a bad row refuses the whole file with its line", async ({ page }) => {
  await signIn(page, demo.consultant);
  const name = `Spreadsheet Co ${Date.now().toString(36)}`;
  await page.getByLabel("Name").fill(name);
  await page.getByRole("button", { name: "Create organisation" }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  const slug = new URL(page.url()).pathname.split("/")[2]!;
  await page.goto(`/orgs/${slug}/model/setup`);

  await page.getByLabel("…or paste the rows").fill("key,name,parent\nops,Operations,\nbilling,Billing,ops\n");
  await page.getByRole("button", { name: "Import departments" }).click();
  await expect(page.getByRole("status")).toHaveText("Imported: 2 created, 0 updated.");

  await page.getByLabel("What the file holds").selectOption("roles");
  await page
    .getByLabel("…or paste the rows")
    .fill("key,name,department,customerFacing,headcount\nclerk,Accounts clerk,billing,no,10\nagent,Agent,cc,yes,5\n");
  await page.getByRole("button", { name: "Import roles" }).click();
  await expect(page.getByTestId("csv-errors")).toHaveText('line 3 (department): no department with key "cc"');
  await expect(page.getByRole("region", { name: "Roles" }).getByTestId("rename-row")).toHaveCount(0);

  await page
    .getByLabel("…or paste the rows")
    .fill("key,name,department,customerFacing,headcount\nclerk,Accounts clerk,billing,no,10\nagent,Agent,ops,yes,5\n");
  await page.getByRole("button", { name: "Import roles" }).click();
  await expect(page.getByRole("status")).toHaveText("Imported: 2 created, 0 updated.");
  await expect(
    page.getByTestId("rename-row").filter({ has: page.getByLabel("Name of role Accounts clerk") }),
  ).toContainText("Billing, back-office, 10 people");

  // Rename a role; removing a department that still has roles is refused with the reason.
  await page.getByLabel("Name of role Accounts clerk").fill("Accounts-receivable clerk");
  await page
    .getByTestId("rename-row")
    .filter({ has: page.getByLabel("Name of role Accounts clerk") })
    .getByRole("button", { name: "Rename" })
    .click();
  await expect(page.getByLabel("Name of role Accounts-receivable clerk")).toHaveValue("Accounts-receivable clerk");
  // Removing asks first, in a dialog that names the department, where it sits and what it holds.
  const billing = page.getByTestId("rename-row").filter({ has: page.getByLabel("Name of department Billing") });
  const removeBilling = billing.getByRole("button", { name: "Remove Billing" });
  const dialog = page.getByRole("dialog");
  await removeBilling.click();
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole("heading")).toHaveText("Remove the department Billing (in Operations, 1 role)?");
  await expect(dialog.getByRole("button", { name: "Cancel" })).toBeFocused();
  await expectNoSeriousAxeViolations(page, "setup with the removal dialog open");
  // Escape cancels: the dialog closes and focus is back on the button that opened it.
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(removeBilling).toBeFocused();
  // Confirming sends the removal; the server refuses it with the reason (so the cancel above removed nothing).
  await removeBilling.click();
  await dialog.getByRole("button", { name: "Remove Billing" }).click();
  await expect(page.locator('.alert[role="alert"]').first()).toContainText("still holds 1 role");
  await expect(billing).toHaveCount(1);

  // Once its role is gone, confirming removes the department.
  await page.getByRole("button", { name: "Remove Accounts-receivable clerk" }).click();
  await expect(dialog.getByRole("heading")).toContainText("Remove the role Accounts-receivable clerk (in Billing");
  await dialog.getByRole("button", { name: "Remove Accounts-receivable clerk" }).click();
  await expect(page.getByLabel("Name of role Accounts-receivable clerk")).toHaveCount(0);
  await removeBilling.click();
  await expect(dialog.getByRole("heading")).toHaveText("Remove the department Billing (in Operations, no roles)?");
  await dialog.getByRole("button", { name: "Remove Billing" }).click();
  await expect(billing).toHaveCount(0);
});

test("only owners reach the setup page and its routes", async ({ page }) => {
  await signIn(page, demo.executive);
  const response = await page.goto("/orgs/harbour-mutual/model/setup");
  expect(response?.status()).toBe(403);
  const origin = new URL(page.url()).origin;
  const edit = await page.request.post("/api/orgs/harbour-mutual/model/edits", {
    data: { op: "addObjective", name: "Sneaky" },
    headers: { origin },
  });
  expect(edit.status()).toBe(403);
});

test("a consultant moves a role to another department and sees it move in the matrix; a second Billing is refused on its name", async ({
  page,
}) => {
  await signIn(page, demo.consultant);
  const name = `Moving Co ${Date.now().toString(36)}`;
  await page.getByLabel("Name").fill(name);
  await page.getByRole("button", { name: "Create organisation" }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  const slug = new URL(page.url()).pathname.split("/")[2]!;
  await page.goto(`/orgs/${slug}/model/setup`);

  await page.getByRole("button", { name: /Start from the template/ }).click();
  await expect(page.getByLabel("Name of stage 1")).toHaveValue("Discover");
  for (const department of ["Billing", "Service"]) {
    await page.getByLabel("New department").fill(department);
    await page.getByRole("button", { name: "Add department" }).click();
    await expect(page.getByLabel(`Name of department ${department}`)).toHaveValue(department);
  }

  // A second "billing" is refused on the name field, which keeps what was typed to correct.
  const newDepartment = page.getByLabel("New department");
  await newDepartment.fill("billing");
  await page.getByRole("button", { name: "Add department" }).click();
  await expect(newDepartment).toHaveAttribute("aria-invalid", "true");
  await expect(newDepartment).toHaveAccessibleDescription('There is already a department named "billing".');
  await expect(newDepartment).toHaveValue("billing");
  await expect(page.getByTestId("rename-row").filter({ has: page.getByLabel(/^Name of department/) })).toHaveCount(2);

  await page.getByLabel("New role").fill("Clerk");
  await page.getByLabel("Department", { exact: true }).selectOption({ label: "Billing" });
  await page.getByLabel("Headcount").fill("4");
  await page.getByRole("button", { name: "Add role" }).click();
  const clerk = page.getByTestId("rename-row").filter({ has: page.getByLabel("Name of role Clerk") });
  await expect(clerk).toContainText("Billing, back-office, 4 people");
  await page.goto(`/orgs/${slug}/model?department=billing`);
  await expect(page.getByTestId("cell-clerk-discover")).toBeVisible();

  // The role's department and headcount change from its row, by keyboard.
  await page.goto(`/orgs/${slug}/model/setup`);
  const change = page.getByRole("button", { name: "Change department, headcount or kind of Clerk" });
  await change.focus();
  await page.keyboard.press("Enter");
  await expect(change).toHaveAttribute("aria-expanded", "true");
  const department = page.getByLabel("Department of Clerk");
  await expect(department).toHaveAccessibleDescription(
    "Moving Clerk to another department keeps its behaviours, touchpoints and influences.",
  );
  await department.selectOption({ label: "Service" });
  await page.getByLabel("Headcount of Clerk").fill("6");
  await page.getByRole("button", { name: "Save Clerk" }).click();
  await expect(clerk).toContainText("Service, back-office, 6 people");
  await expect(change).toHaveAttribute("aria-expanded", "false");

  await page.goto(`/orgs/${slug}/model?department=service`);
  await expect(page.getByTestId("cell-clerk-discover")).toBeVisible();
  await page.goto(`/orgs/${slug}/model?department=billing`);
  await expect(page.getByText("No roles yet in this department")).toBeVisible();
  await expect(page.getByTestId("cell-clerk-discover")).toHaveCount(0);

  // A department moves under another, but never under one of its own.
  await page.goto(`/orgs/${slug}/model/setup`);
  await page.getByLabel("Where Service sits").selectOption({ label: "Inside Billing" });
  await page.getByRole("button", { name: "Move Service", exact: true }).click();
  await expect(
    page.getByTestId("rename-row").filter({ has: page.getByLabel("Name of department Service") }),
  ).toContainText("in Billing");
  const billingPlace = page.getByLabel("Where Billing sits");
  await billingPlace.selectOption({ label: "Inside Service" });
  await page.getByRole("button", { name: "Move Billing", exact: true }).click();
  await expect(billingPlace).toHaveAccessibleDescription(
    "“Billing” cannot go inside “Service”, because “Service” is already inside “Billing”.",
  );
  await expectNoSeriousAxeViolations(page, "setup with a refused department move");
});

test("a department head may change roles only in the departments they lead", async ({ page }) => {
  await signIn(page, demo.head);
  const origin = new URL(page.url()).origin;
  const send = (data: object) =>
    page.request.post("/api/orgs/harbour-mutual/model/edits", { data, headers: { origin } });
  const into = await send({ op: "updateRole", key: "advisor", department: "billing" });
  expect(into.status()).toBe(403);
  expect((await into.json()).detail).toContain("you do not lead Billing");
  expect((await send({ op: "updateRole", key: "invoicer", headcount: 1 })).status()).toBe(403);
  // Heads rename the roles of their own departments (the Roles page), never another department's.
  expect((await send({ op: "renameRole", key: "invoicer", name: "Biller" })).status()).toBe(403);
  await page.goto("/orgs/harbour-mutual/model?department=contact");
  await expect(page.getByTestId("cell-advisor-help")).toBeVisible();
});
