import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import Papa from "papaparse";
import { demo, ORG_A, signIn } from "./helpers";

async function createOpenWave(page: Page, name: string) {
  await page.goto(`/orgs/${ORG_A}/diagnostic`);
  await page.getByLabel("Name").fill(name);
  await page.getByRole("button", { name: "Create wave" }).click();
  const wave = page.getByTestId("wave").filter({ hasText: name });
  await expect(wave).toContainText("draft");
  await wave.getByRole("button", { name: "Open the wave" }).click();
  await expect(wave).toContainText("open");
  await expect(wave.getByLabel("Shared link")).toHaveValue(/\/s\/shared\//);
  return wave;
}

async function invitationLinks(
  wave: ReturnType<Page["getByTestId"]>,
  department: string,
  level: string,
  count: number,
) {
  await wave.getByLabel("Invite department").selectOption({ label: department });
  await wave.getByLabel("Level", { exact: true }).selectOption(level);
  await wave.getByLabel("How many").fill(String(count));
  const box = wave.getByRole("textbox", { name: /single-use link/ });
  const before = (await box.count()) ? await box.inputValue() : "";
  const download = wave.page().waitForEvent("download");
  await wave.getByRole("button", { name: "Create links (CSV)" }).click();
  // The file is named after its wave, so two waves' links are told apart in a downloads folder.
  expect((await download).suggestedFilename()).toMatch(/^[a-z0-9-]+-wave-[a-z0-9]+-invitation-links\.csv$/);
  // Wait for this batch, not the one shown before it.
  await expect(box).not.toHaveValue(before);
  const links = (await box.inputValue()).split("\n");
  expect(links).toHaveLength(count);
  return links;
}

/** Answers through the public API, as a respondent's browser would. */
async function answerByApi(request: APIRequestContext, link: string, value: number) {
  const token = new URL(link).pathname.split("/").pop()!;
  const origin = new URL(link).origin;
  const opened = await request.get(`/api/survey/${token}`);
  expect(opened.status(), await opened.text()).toBe(200);
  const state = (await opened.json()) as { items: { key: string }[] };
  const answers = Object.fromEntries(state.items.map((item) => [item.key, value]));
  expect((await request.put(`/api/survey/${token}/answers`, { data: { answers }, headers: { origin } })).status()).toBe(
    204,
  );
  expect((await request.post(`/api/survey/${token}/submit`, { headers: { origin } })).status()).toBe(204);
}

test("a respondent answers on a phone by keyboard, resumes after reload, submits once, and the link then refuses politely", async ({
  page,
  browser,
}) => {
  // A whole journey: a wave created, opened and invited to, then fourteen steps answered on a phone and sent.
  // On a busy machine that takes longer than one page's budget; every wait below is for a state the
  // respondent sees, so more time never hides a wrong one.
  test.slow();
  await signIn(page, demo.consultant);
  const wave = await createOpenWave(page, `Phone wave ${Date.now().toString(36)}`);
  const [link] = await invitationLinks(wave, "Contact centre", "frontline", 1);
  // The server names the file after the wave too.
  const waveId = (await wave.getByRole("textbox", { name: /single-use link/ }).getAttribute("id"))!.replace(
    "links-",
    "",
  );
  const created = await page.request.post(`/api/orgs/${ORG_A}/waves/${waveId}/invitations`, {
    data: { count: 1 },
    headers: { origin: new URL(page.url()).origin },
  });
  expect(created.status()).toBe(201);
  expect(created.headers()["content-disposition"]).toMatch(/filename="phone-wave-[a-z0-9]+-invitation-links\.csv"/);

  const phone = await (await browser.newContext({ viewport: { width: 390, height: 844 } })).newPage();
  await phone.goto(link!);
  await expect(phone.getByRole("heading", { level: 1, name: "What great looks like is defined" })).toBeVisible();
  // Keyboard only: Tab into the first statement's radio group, arrows choose, Tab to the next group.
  await phone.keyboard.press("Tab");
  await phone.keyboard.press("Tab");
  const firstGroup = phone.getByRole("group", { name: /I know what a great experience/ });
  await firstGroup.getByRole("radio", { name: "Strongly disagree" }).focus();
  await phone.keyboard.press("ArrowDown");
  await phone.keyboard.press("ArrowDown");
  await phone.keyboard.press("ArrowDown");
  await expect(firstGroup.getByRole("radio", { name: "Agree", exact: true })).toBeChecked();
  await phone
    .getByRole("group", { name: /slogans/ })
    .getByRole("radio", { name: "Don't know" })
    .check();
  // "All answers saved" is shown only once the server confirmed both answers (the idle state reads otherwise).
  // Under load a save can take longer than an expectation's default 5 s: the budget is the slow test's.
  await expect(phone.getByText("All answers saved", { exact: true })).toBeVisible({ timeout: 15_000 });
  await phone.keyboard.press("Enter");
  await expect(phone.getByText("Step 2 of")).toBeVisible();

  await phone.reload();
  await expect(phone.getByText("2 of 30 statements answered")).toBeVisible();
  await expect(phone.getByText("Step 2 of")).toBeVisible();
  await phone.getByRole("button", { name: "Back" }).click();
  await expect(
    phone
      .getByRole("group", { name: /I know what a great experience/ })
      .getByRole("radio", { name: "Agree", exact: true }),
  ).toBeChecked();
  await phone.getByRole("button", { name: "Next" }).click();

  for (let step = 0; step < 20; step++) {
    if (await phone.getByRole("button", { name: "Send my answers" }).isVisible()) break;
    for (const group of await phone.getByRole("group").all())
      await group.getByRole("radio", { name: "Agree", exact: true }).check();
    await phone.getByRole("button", { name: "Next" }).click();
  }
  const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await phone.getByRole("button", { name: "Send my answers" }).click();
  await expect(phone.getByRole("heading", { name: "Thank you" })).toBeVisible({ timeout: 15_000 });
  await phone.goto(link!);
  await expect(phone.getByText("This link has already been used to answer")).toBeVisible();
});

test("results hide a small department, and its smallest sibling with it, and say why", async ({ page }) => {
  await signIn(page, demo.consultant);
  const wave = await createOpenWave(page, `Results wave ${Date.now().toString(36)}`);
  const claims = await invitationLinks(wave, "Claims", "frontline", 6);
  const billing = await invitationLinks(wave, "Billing and accounts", "frontline", 5);
  const it = await invitationLinks(wave, "IT", "leader", 2);
  for (const link of claims) await answerByApi(page.request, link, 4);
  for (const link of billing) await answerByApi(page.request, link, 2);
  for (const link of it) await answerByApi(page.request, link, 5);

  // While the wave is open its results are not shown: figures that move with each answer would give answers away.
  await wave.getByRole("link", { name: "Results" }).click();
  await expect(page.getByTestId("results-unavailable")).toContainText("when the wave closes");
  await page.goBack();
  await wave.getByRole("button", { name: "Close the wave" }).click();
  const dialog = page.getByRole("dialog");
  await expect(dialog.getByRole("heading")).toHaveText(/^Close the wave Results wave \w+\?$/);
  await dialog.getByRole("button", { name: /^Close Results wave / }).click();
  await expect(wave.getByTestId("wave-phase")).toHaveText("closed");
  await wave.getByRole("link", { name: "Results" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /results/ })).toBeVisible();
  await expect(page.getByText("13 respondents")).toBeVisible();
  await expect(page.getByTestId("publication")).toHaveText("Final results");
  await expect(page.getByTestId("index-3p")).not.toHaveText("—");
  await expect(page.getByTestId("segment-claims")).toContainText("6 people");
  await expect(page.getByTestId("reason-it")).toContainText("fewer than 5 respondents");
  await expect(page.getByTestId("reason-billing")).toContainText("subtraction");
  // Hidden groups say so, never how many people they hold.
  await expect(page.getByTestId("segment-it")).not.toContainText(/\d/);
  // Two leaders only: the leader–frontline gap is hidden too, and says why in the leaders' own terms.
  await expect(page.getByRole("region", { name: "Leaders and frontline", exact: true })).toContainText(
    "Hidden for leaders: fewer than 5 respondents",
  );

  // The CSV export obeys the same rules: the hidden departments carry no numbers.
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download CSV" }).click();
  const csv = (await import("node:fs")).readFileSync((await (await download).path())!, "utf8");
  const rows = Papa.parse<string[]>(csv.trim()).data;
  const itRow = rows.find((row) => row[0] === "IT")!;
  expect(itRow.slice(1, 5)).toEqual(["department", "", "hidden", expect.stringMatching(/^fewer than 5 respondents/)]);
  expect(itRow.slice(5).every((cell) => cell === "hidden")).toBe(true);
});

test("a department head sees the results of their own department only", async ({ page }) => {
  await signIn(page, demo.head);
  await page.goto(`/orgs/${ORG_A}/diagnostic`);
  // Heads read results; they do not run waves.
  await expect(page.getByRole("button", { name: "Create wave" })).toHaveCount(0);
  await page.getByTestId("wave").filter({ hasText: "Autumn 2026" }).getByRole("link", { name: "Results" }).click();
  await expect(page.getByText(/Your departments \(Contact centre\)\. \d+ respondents/)).toBeVisible();
  await expect(page.getByTestId("segment-contact")).toBeVisible();
  await expect(page.getByTestId("segment-claims")).toHaveCount(0);
});

test("a consultant adapts an instrument, runs a wave for one department with it, and the used version is frozen", async ({
  page,
  browser,
}) => {
  const suffix = Date.now().toString(36);
  await signIn(page, demo.consultant);
  await page.goto(`/orgs/${ORG_A}/diagnostic`);
  await page.getByRole("link", { name: "Instruments" }).click();
  const defaultInstrument = page.getByTestId("instrument").filter({ hasText: "Throughline 3P diagnostic (default)" });
  await defaultInstrument.getByText("Copy as a new instrument").click();
  await defaultInstrument.getByLabel("Name of the copy").fill(`Harbour ${suffix}`);
  await defaultInstrument.getByRole("button", { name: "Copy" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Harbour ${suffix} · version 1` })).toBeVisible();

  // Reword the first statement, drop the second, add one of our own.
  await page
    .getByLabel("Statement", { exact: true })
    .first()
    .fill("I know what a great claim experience looks like for our policyholders.");
  await page.getByRole("button", { name: "Remove statement 2", exact: true }).click();
  await page.getByRole("button", { name: "Add a statement" }).click();
  const last = page.getByRole("group", { name: /Statement 30/ });
  await last
    .getByLabel("Statement", { exact: true })
    .fill("I can pay a small claim on the spot without asking anyone.");
  await last.getByLabel("Theme").fill("Permission to do right");
  // A theme's name in another language is asked once, on its first statement, and goes to all of them.
  const firstTheme = page.getByRole("group", { name: /Statement 1 / });
  await firstTheme.getByText(/^Theme “What great looks like is defined” in other languages/).click();
  await firstTheme.getByLabel("Français", { exact: true }).last().fill("L’excellence, définie");
  const third = page.getByRole("group", { name: /Statement 3 / });
  await expect(third.getByText(/in other languages/)).toHaveCount(0);
  await expect(third.getByText("The theme's other languages are set on its first statement.")).toBeVisible();
  await page.screenshot({ path: ".shots/translate-editor-1440.png" });
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByRole("status")).toContainText("Saved (version 1)");
  const exported = (await (
    await page.request.get(`/api/orgs/${ORG_A}/instruments/${new URL(page.url()).pathname.split("/").pop()}`)
  ).json()) as {
    items: { key: string; theme: string; themeTranslations?: Record<string, string> }[];
  };
  // Statement 2 was removed: pr-defined-1 is the theme's only statement now; the added one took its theme's names.
  expect(exported.items.find((i) => i.key === "pr-defined-1")?.themeTranslations?.fr).toBe("L’excellence, définie");
  expect(exported.items.at(-1)?.themeTranslations?.fr).toBe("Le droit de bien faire");

  // A wave asking Claims only, with that instrument.
  await page.goto(`/orgs/${ORG_A}/diagnostic`);
  await page.getByLabel("Name", { exact: true }).fill(`Claims pulse ${suffix}`);
  await page.getByLabel("Instrument").selectOption({ label: `Harbour ${suffix} (v1)` });
  await page.getByText("Audience: everyone", { exact: true }).click();
  await page
    .getByRole("group", { name: /Departments/ })
    .getByLabel("Claims")
    .check();
  // A poster link: anyone with it answers, once per browser.
  await page.getByLabel(/^Open, for posters/).check();
  await page.getByRole("button", { name: "Create wave" }).click();
  const wave = page.getByTestId("wave").filter({ hasText: `Claims pulse ${suffix}` });
  await expect(wave).toContainText(`Harbour ${suffix} v1`);
  await expect(wave).toContainText("Audience: Claims");
  await wave.getByRole("button", { name: "Open the wave" }).click();
  const sharedLink = await wave.getByLabel("Shared link").inputValue();

  const respondent = await (await browser.newContext()).newPage();
  await respondent.goto(sharedLink);
  await expect(respondent.getByLabel("Your department").locator("option")).toHaveText(["Prefer not to say", "Claims"]);
  await respondent.getByLabel("Your department").selectOption({ label: "Claims" });
  await respondent.getByLabel(/Frontline/).check();
  await respondent.getByRole("button", { name: "Start" }).click();
  await expect(
    respondent.getByText("I know what a great claim experience looks like for our policyholders."),
  ).toBeVisible();

  // The version in use is frozen: saving makes version 2 and leaves version 1 as answered.
  await page.goto(`/orgs/${ORG_A}/diagnostic/instruments`);
  const ours = page.getByTestId("instrument").filter({ hasText: `Harbour ${suffix}` });
  await expect(ours).toContainText("frozen");
  await ours.getByRole("link", { name: "Edit" }).click();
  await expect(page.getByRole("note")).toContainText("Saving creates version 2");
  await page
    .getByLabel("Statement", { exact: true })
    .first()
    .fill("I know what a great claim looks like, from the policyholder's side.");
  await page.getByRole("button", { name: "Save as version 2" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Harbour ${suffix} · version 2` })).toBeVisible();
  await expect(page.getByRole("status")).toContainText("Saved as version 2");
  await page.goto(`/orgs/${ORG_A}/diagnostic/instruments`);
  await expect(page.getByTestId("instrument").filter({ hasText: `Harbour ${suffix}` })).toContainText("version 2");
});
