import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { demo, ORG_A, signIn } from "./helpers";

async function expectNoSeriousAxeViolations(page: Page, label: string) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(
    serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`),
    label,
  ).toEqual([]);
}

async function modelEdit(page: Page, edit: Record<string, unknown>) {
  return page.request.post(`/api/orgs/${ORG_A}/model/edits`, {
    data: edit,
    headers: { origin: new URL(page.url()).origin },
  });
}

/** The role names listed under each department heading of the model page's matrix, in order. */
async function matrixGroups(page: Page): Promise<Record<string, string[]>> {
  return page.locator("table.matrix tbody tr").evaluateAll((rows) => {
    const groups: Record<string, string[]> = {};
    let current = "";
    for (const row of rows) {
      const header = row.querySelector("th[scope=colgroup]");
      if (header) groups[(current = header.textContent!.trim())] = [];
      else {
        const role = row.querySelector("th[scope=row]");
        if (role && current) groups[current]!.push(role.firstChild!.textContent!.trim());
      }
    }
    return groups;
  });
}

test("a viewer is not offered the roles page and is refused it", async ({ page }) => {
  test.slow(); // the first sign-in after the server starts warms it
  await signIn(page, demo.viewer);
  await page.goto(`/orgs/${ORG_A}/model`);
  await expect(page.getByRole("heading", { level: 1, name: "What great looks like" })).toBeVisible();
  await expect(page.getByRole("link", { name: /Edit .*roles/ })).toHaveCount(0);
  const response = await page.goto(`/orgs/${ORG_A}/model/roles`);
  expect(response?.status()).toBe(403);
});

test("a department head moves a role to another of their departments by keyboard and sees it there in the matrix", async ({
  page,
  browser,
}) => {
  // Two people sign in; a role is moved, renamed and looked for in the matrix, with two accessibility scans.
  test.setTimeout(180_000);
  // The consultant gives the Contact centre a sub-department and a new role (the seeded roles stay as they are).
  const suffix = Date.now().toString(36);
  const escalations = `Escalations ${suffix}`;
  const callback = `Callback agent ${suffix}`;
  await signIn(page, demo.consultant);
  const added = await modelEdit(page, { op: "addDepartment", name: escalations, parent: "contact" });
  expect(added.status(), await added.text()).toBe(200);
  const role = await modelEdit(page, { op: "addRole", name: callback, department: "contact", customerFacing: true });
  expect(role.status(), await role.text()).toBe(200);

  const head = await (await browser.newContext()).newPage();
  await signIn(head, demo.head);
  await head.goto(`/orgs/${ORG_A}/model`);
  await head.getByRole("link", { name: "Edit the roles in your departments" }).click();
  await expect(head.getByRole("heading", { level: 1, name: "Roles in your departments" })).toBeVisible();
  // Their department, and the one below it indented under it; nothing of Claims or Billing.
  await expect(head.getByTestId("roles-department").getByRole("heading")).toHaveText(["Contact centre", escalations]);
  await expect(head.getByText("Claims handler")).toHaveCount(0);
  await expect(head.getByRole("option", { name: /Claims|Billing/ })).toHaveCount(0);
  await expectNoSeriousAxeViolations(head, "roles page");

  // Keyboard only: the department list, an arrow to the sub-department, Tab to Save, Enter.
  const department = head.getByLabel(`Department of ${callback}`);
  await department.focus();
  await head.keyboard.press("ArrowDown");
  await expect(department).toHaveValue(/escalations/);
  await head.keyboard.press("Tab");
  await expect(head.getByLabel(`Headcount of ${callback}`)).toBeFocused();
  await head.keyboard.type("4");
  await head.keyboard.press("Tab");
  await head.keyboard.press("Tab");
  await expect(head.getByRole("button", { name: `Save ${callback}` })).toBeFocused();
  await head.keyboard.press("Enter");

  await expect(head.getByRole("status").filter({ hasText: "Saved" })).toHaveText(
    `Saved ${callback}: moved to ${escalations}; headcount 4.`,
  );
  const escalationsSection = head.getByRole("region", { name: escalations });
  const moved = escalationsSection.getByRole("article", { name: callback });
  await expect(moved).toBeVisible();
  await expect(
    head.getByRole("region", { name: "Contact centre" }).getByRole("article", { name: callback }),
  ).toHaveCount(0);
  // Focus followed the role to its new place, so the keyboard carries on from it.
  await expect(moved.locator(".role-editor-name")).toBeFocused();
  await expectNoSeriousAxeViolations(head, "roles page after a save");

  // A head names the roles of their departments too.
  const renamed = `Escalation agent ${suffix}`;
  await head.getByLabel(`New name for ${callback}`).fill(renamed);
  await head.getByLabel(`New name for ${callback}`).press("Enter");
  await expect(head.getByRole("status").filter({ hasText: "Renamed" })).toHaveText(
    `Renamed ${callback} to ${renamed}.`,
  );
  await expect(escalationsSection.getByRole("article", { name: renamed })).toBeVisible();

  await head.goto(`/orgs/${ORG_A}/model`);
  const groups = await matrixGroups(head);
  expect(groups[escalations]).toEqual([renamed]);
  expect(groups["Contact centre"]).not.toContain(callback);
});

test("a department head can neither see nor change a role of a department they do not lead", async ({ page }) => {
  test.slow(); // two pages, two refused calls and the matrix read back
  await signIn(page, demo.head);
  await page.goto(`/orgs/${ORG_A}/model/roles`);
  await expect(page.getByRole("heading", { level: 1, name: "Roles in your departments" })).toBeVisible();
  await expect(page.getByTestId("role-editor").filter({ hasText: "Contact-centre advisor" })).toHaveCount(1);
  await expect(page.getByText("Claims handler")).toHaveCount(0);

  // Through the API: a role of Claims, and one of theirs moved into Claims — both refused, neither written.
  const outside = await modelEdit(page, { op: "updateRole", key: "handler", headcount: 1 });
  expect(outside.status()).toBe(403);
  expect((await outside.json()).detail).toContain("Claims handler is in Claims");
  const intoClaims = await modelEdit(page, { op: "updateRole", key: "advisor", department: "claims" });
  expect(intoClaims.status()).toBe(403);
  expect((await intoClaims.json()).detail).toContain("you do not lead Claims");
  await page.goto(`/orgs/${ORG_A}/model`);
  const groups = await matrixGroups(page);
  expect(groups["Claims"]).toContain("Claims handler");
  expect(groups["Contact centre"]).toContain("Contact-centre advisor");
});
