import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { demo, ORG_A, signIn } from "./helpers";

test("everyone sees the roles × stages matrix with its blind spots, and can switch to alignment", async ({ page }) => {
  await signIn(page, demo.viewer);
  await page.goto(`/orgs/${ORG_A}/model`);
  await expect(page.getByRole("heading", { level: 1, name: "What great looks like" })).toBeVisible();
  await expect(page.getByRole("columnheader", { name: "Get help and claim" })).toBeVisible();
  await expect(page.getByTestId("cell-dispatcher-help")).toContainText("Blind spot");
  await expect(page.getByTestId("cell-advisor-help")).toContainText("2 approved");
  await expect(page.getByTestId("blind-spots")).toHaveText("7");
  // A viewer may export but not import.
  await expect(page.getByRole("link", { name: "Export model" })).toBeVisible();
  await expect(page.getByText("Import model…")).toHaveCount(0);

  await page.getByRole("link", { name: "Alignment" }).click();
  await expect(page).toHaveURL(/layer=alignment/);
  await expect(page.getByTestId("cell-onboarding-onboard")).toContainText("100 % aligned");
  await expect(page.getByTestId("cell-advisor-help")).toContainText("0 % aligned");

  await page.getByLabel("Department").selectOption("claims");
  await page.getByRole("button", { name: "Show" }).click();
  await expect(page.getByTestId("cell-handler-help")).toBeVisible();
  await expect(page.getByTestId("cell-advisor-help")).toHaveCount(0);
});

test("a cell shows its behaviours, what supports and obstructs them, and the language check", async ({ page }) => {
  await signIn(page, demo.head);
  await page.goto(`/orgs/${ORG_A}/model`);
  await page.getByRole("link", { name: /Contact-centre advisor at Renew or leave/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Contact-centre advisor · Renew or leave" })).toBeVisible();
  await expect(page.getByText("Blind spot: this role takes part")).toBeVisible();
  await expect(page.getByTestId("language-hit")).toContainText("Platitude: “Be friendly and proactive”");

  await page.goto(`/orgs/${ORG_A}/model/advisor/help`);
  const resolve = page.getByTestId("behaviour").filter({ hasText: "Stays on the call" });
  await expect(resolve).toContainText("Conflicted");
  await expect(resolve.getByRole("list", { name: "What supports or obstructs it" })).toContainText(
    "Obstructs (●●●): KPI “Average handle time”",
  );
});

test("the findings page shows the conflicts, most severe first, and filters them", async ({ page }) => {
  await signIn(page, demo.executive);
  await page.goto(`/orgs/${ORG_A}/findings`);
  const first = page.getByTestId("finding").first();
  await expect(first).toContainText("critical");
  await expect(
    page.getByTestId("finding").filter({ hasText: "Average handle time, tied to pay or bonus" }).first(),
  ).toContainText("F1 · Obstructing KPI");
  await expect(page.getByTestId("finding").filter({ hasText: "F8 · Technology without people" })).toContainText(
    "only 35 % of its users are trained",
  );

  await page.getByLabel("Severity").selectOption("critical");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page.getByTestId("finding-count")).toHaveText("5");
  await page.getByLabel("Rule").selectOption("F3");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page.getByTestId("finding")).toHaveCount(2);
  await page.getByLabel("Rule").selectOption("");
  await page.getByLabel("Severity").selectOption("");
  await page.getByLabel("Sort by").selectOption("rule");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page.getByTestId("finding").first()).toContainText("F1 · Obstructing KPI");
  // In the rules' own order (F12 after F11, not after F1), the incentive rules last.
  await expect(page.getByTestId("finding").last()).toContainText("F12 · Indirect obstruction");

  const api = await page.request.get(`/api/orgs/${ORG_A}/findings?rule=F6`);
  expect(api.status()).toBe(200);
  const body = (await api.json()) as {
    findings: { rule: string; subjects: { key: string }[] }[];
    alignment: { organisation: number };
  };
  expect(body.findings.map((f) => f.subjects[0]!.key)).toEqual(["email-open-rate"]);
  expect(body.alignment.organisation).toBe(25);
  expect((await page.request.get(`/api/orgs/${ORG_A}/findings?severity=extreme`)).status()).toBe(400);
  // Executives read the model; only owners replace it.
  const origin = new URL(page.url()).origin;
  const refused = await page.request.post(`/api/orgs/${ORG_A}/model`, {
    data: "{}",
    headers: { origin, "content-type": "application/json" },
  });
  expect(refused.status()).toBe(403);
});

test("a consultant exports a model and imports it into a new organisation; a broken file is checked whole first and refused with every problem", async ({
  page,
}) => {
  await signIn(page, demo.consultant);
  await page.goto(`/orgs/${ORG_A}/model`);
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Export model" }).click();
  const file = await (await download).path();
  const exported = JSON.parse(readFileSync(file, "utf8"));
  expect(exported.format).toBe("throughline.model/1");

  await page.goto("/orgs");
  const name = `Import target ${Date.now().toString(36)}`;
  await page.getByLabel("Name").fill(name);
  await page.getByRole("button", { name: "Create organisation" }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  const slug = new URL(page.url()).pathname.split("/")[2]!;
  await page.goto(`/orgs/${slug}/model`);
  await expect(page.getByText("see the README")).toHaveCount(0);

  // Shape problems (a horizon that is not short or long) and reference problems (an unknown department,
  // a repeated stage key) in one file: all of them are listed at once, before anything is asked.
  const broken = JSON.stringify(
    {
      ...exported,
      roles: exported.roles.map((r: { key: string }, i: number) => (i === 3 ? { ...r, department: "cc" } : r)),
      kpis: exported.kpis.map((k: { key: string }, i: number) => (i === 0 ? { ...k, horizon: "medium" } : k)),
      stages: [...exported.stages, exported.stages[0]],
    },
    null,
    2,
  );
  await page
    .getByLabel("Import model file")
    .setInputFiles({ name: "broken.model.json", mimeType: "application/json", buffer: Buffer.from(broken) });
  const problems = page.getByTestId("import-errors");
  await expect(
    page.getByRole("heading", { name: "3 problems in broken.model.json. Nothing was changed." }),
  ).toBeFocused();
  await expect(problems.getByRole("listitem")).toHaveCount(3);
  await expect(problems).toContainText('roles[3].department: no department with key "cc"');
  await expect(problems).toContainText('kpis[0].horizon: "medium" is not one of short, long');
  await expect(problems).toContainText(
    `stages[${exported.stages.length}].key: duplicate key "${exported.stages[0].key}"`,
  );
  await expect(problems.getByRole("listitem").first()).toHaveText(/^Line \d+, column \d+: /);
  // Nothing is asked of a file with problems.
  await expect(page.getByRole("dialog")).toHaveCount(0);
  await expect(page.getByText("No roles yet")).toBeVisible();
  const untouched = (await (await page.request.get(`/api/orgs/${slug}/model`)).json()) as typeof exported;
  expect(untouched.roles).toEqual([]);

  await page.getByLabel("Import model file").setInputFiles({
    name: "harbour.model.json",
    mimeType: "application/json",
    buffer: Buffer.from(JSON.stringify(exported)),
  });
  // A good file is asked about, saying what it holds and what goes, before anything is replaced.
  const question = page.getByRole("dialog", { name: "Replace this organisation's model with harbour.model.json?" });
  await expect(question).toContainText(
    `The file holds ${exported.departments.length} departments, ${exported.roles.length} roles`,
  );
  await expect(question.getByRole("button", { name: "Cancel" })).toBeFocused();
  await question.getByRole("button", { name: "Replace the model" }).click();
  await expect(page.getByRole("status")).toContainText(
    `Imported ${exported.roles.length} roles, ${exported.behaviours.length} behaviours`,
  );
  await expect(page.getByTestId("cell-dispatcher-help")).toContainText("Blind spot");

  const roundTrip = (await (await page.request.get(`/api/orgs/${slug}/model`)).json()) as typeof exported;
  expect({ ...roundTrip, organisation: exported.organisation }).toEqual(exported);
});
