/**
 * Participation per department and role on the wave page (issue 14): from the participation record,
 * counts under k as "fewer than k", read again while the wave is open, and only for those who may see it.
 */
import { expect, test, type Page } from "@playwright/test";
import Papa from "papaparse";
import { demo, expectNoSeriousAxeViolations, ORG_A, signIn } from "./helpers";

async function openWavePage(page: Page, org: string, name: string) {
  await page.goto(`/orgs/${org}/diagnostic`);
  await page
    .getByTestId("wave")
    .filter({ has: page.getByRole("heading", { name }) })
    .getByRole("link", { name: "Results" })
    .click();
  await expect(page.getByRole("heading", { name: "Participation" })).toBeVisible();
}

const participation = (page: Page) => page.getByRole("table", { name: /Invited and answered per department/ });

test("the demo's open wave: invited, answered and rate per department, fewer than k for IT, at every width", async ({
  page,
}) => {
  await signIn(page, demo.consultant);
  await openWavePage(page, ORG_A, "Spring 2027");
  const table = participation(page);
  await expect(table.getByRole("row", { name: /Contact centre/ }).first()).toContainText("60");
  await expect(table.getByTestId("participation-department-it")).toContainText("fewer than 5");
  await expect(table.getByTestId("participation-total")).toContainText("Everyone invited");
  await expect(page.getByTestId("participation")).toContainText("Read again every 15 seconds while the wave is open");
  await expectNoSeriousAxeViolations(page, "wave page with participation");
  for (const width of [390, 1440, 1920]) {
    await page.setViewportSize({ width, height: 900 });
    await page.getByTestId("participation").scrollIntoViewIfNeeded();
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await page.getByTestId("participation").screenshot({ path: `.shots/participation-${width}.png` });
  }
});

test("a department head sees their departments only, and no count for everyone", async ({ page }) => {
  await signIn(page, demo.head);
  await openWavePage(page, ORG_A, "Spring 2027");
  const table = participation(page);
  await expect(table.getByTestId("participation-department-contact")).toBeVisible();
  await expect(table.getByTestId("participation-total")).toHaveCount(0);
  await expect(table.getByTestId("participation-department-claims")).toHaveCount(0);
  const waveUrl = new URL(page.url());
  const response = await page.request.get(
    `/api/orgs/${ORG_A}${waveUrl.pathname.replace(`/orgs/${ORG_A}/diagnostic`, "/waves")}/participation`,
  );
  expect(response.status()).toBe(200);
  const body = (await response.json()) as { total: unknown; departments: { key: string }[] };
  expect(body.total).toBeNull();
  expect(body.departments.every((d) => d.key === "contact" || d.key.startsWith("contact"))).toBe(true);
});

test("answers arriving show up without reloading: fewer than 5, then the count once five have answered", async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  await signIn(page, demo.consultant);
  const origin = new URL(page.url()).origin;
  const headers = { origin };
  const name = `Live Co ${Date.now().toString(36)}`;
  const created = await page.request.post("/api/orgs", { data: { name }, headers });
  expect(created.status()).toBe(201);
  const org = ((await created.json()) as { slug: string }).slug;
  const imported = await page.request.post(`/api/orgs/${org}/model`, {
    headers,
    data: {
      format: "throughline.model/1",
      organisation: { name },
      departments: [{ key: "contact", name: "Contact centre" }],
      roles: [{ key: "advisor", name: "Advisor", department: "contact", customerFacing: true }],
      stages: [{ key: "help", name: "Get help" }],
      touchpoints: [],
      objectives: [],
      behaviours: [],
      kpis: [],
      processes: [],
      systems: [],
      influences: [],
    },
  });
  expect(imported.status(), await imported.text()).toBeLessThan(300);
  const wave = await page.request.post(`/api/orgs/${org}/waves`, { headers, data: { name: "Live wave", k: 5 } });
  const { id } = (await wave.json()) as { id: string };
  expect((await page.request.post(`/api/orgs/${org}/waves/${id}/open`, { headers })).status()).toBeLessThan(300);
  const csv = await (
    await page.request.post(`/api/orgs/${org}/waves/${id}/invitations`, {
      headers,
      data: { role: "advisor", level: "frontline", count: 7 },
    })
  ).text();
  const links = Papa.parse<string[]>(csv.trim())
    .data.slice(1)
    .map((row) => row[0]!);

  await openWavePage(page, org, "Live wave");
  const advisor = participation(page).getByTestId("participation-role-advisor");
  await expect(advisor).toContainText("7");
  await expect(advisor).toContainText("fewer than 5");

  // Five people answer from their own browser (no session of the consultant's).
  const respondent = await browser.newContext();
  for (const link of links.slice(0, 5)) {
    const token = new URL(link).pathname.split("/").pop()!;
    const from = { origin: new URL(link).origin };
    expect((await respondent.request.get(`${origin}/api/survey/${token}`)).status()).toBe(200);
    expect(
      (
        await respondent.request.put(`${origin}/api/survey/${token}/answers`, {
          data: { answers: { "pr-defined-1": 4 } },
          headers: from,
        })
      ).status(),
    ).toBe(204);
    expect((await respondent.request.post(`${origin}/api/survey/${token}/submit`, { headers: from })).status()).toBe(
      204,
    );
  }
  await respondent.close();
  // No reload: the page reads the figures again on its own within 15 seconds.
  await expect(advisor).toContainText("71.4 %", { timeout: 30_000 });
  await expect(advisor.getByRole("cell").nth(1)).toHaveText("5");

  // Someone of another organisation asking for these figures gets nothing.
  const outsider = await browser.newContext();
  const outsiderPage = await outsider.newPage();
  await signIn(outsiderPage, demo.outsider);
  const refused = await outsiderPage.request.get(`/api/orgs/${org}/waves/${id}/participation`);
  expect(refused.status()).toBe(404);
  await outsider.close();
});
