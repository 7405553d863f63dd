import { expect, test } from "@playwright/test";
import { demo, ORG_A, signIn } from "./helpers";
import { answerByApi, expectNoSidewaysScroll, invitationLinks, openTranslatedWave } from "./respondent-survey";

test("a respondent picks French on a phone and answers by keyboard only; the results count it with the others", async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  await signIn(page, demo.consultant);
  const { waveId } = await openTranslatedWave(page, `Langues ${Date.now().toString(36)}`);
  const links = await invitationLinks(page, waveId, 4);
  // Three colleagues answer in English.
  for (const link of links.slice(1)) await answerByApi(page, link, { "pr-1": 4, "pe-1": 2, "po-1": 3 });

  const phone = await (await browser.newContext({ viewport: { width: 390, height: 844 }, locale: "en-GB" })).newPage();
  await phone.goto(links[0]!);
  await expect(phone.locator("html")).toHaveAttribute("lang", "en");
  await expect(phone.getByRole("heading", { level: 1, name: "What great looks like" })).toBeVisible();

  // The language picker, by keyboard: Tab to it, choose with the arrows, Tab to its button, Enter.
  await phone.keyboard.press("Tab");
  await expect(phone.getByLabel("Language")).toBeFocused();
  await expect(phone.getByRole("option", { name: "Français" })).toHaveAttribute("lang", "fr");
  await phone.getByLabel("Language").selectOption("fr");
  await phone.keyboard.press("Tab");
  await expect(phone.getByRole("button", { name: "Change language" })).toBeFocused();
  await phone.keyboard.press("Enter");
  await expect(phone.locator("html")).toHaveAttribute("lang", "fr");
  // No locale in the address: the survey link stays the one that was sent.
  expect(new URL(phone.url()).pathname).toBe(new URL(links[0]!).pathname);

  const first = phone.getByRole("group", {
    name: "Je sais à quoi ressemble une excellente expérience pour nos clients.",
  });
  await expect(first).toBeVisible();
  await expect(first.locator("legend")).toHaveAttribute("lang", "fr");
  await expect(phone.getByRole("heading", { level: 1, name: "Ce qu’est l’excellence" })).toHaveAttribute("lang", "fr");
  await expect(phone.getByText("Étape 1 sur 3 · Pratique")).toBeVisible();
  // Keyboard only: focus the first choice through Tab, arrows move along the scale, Enter goes on.
  for (
    let i = 0;
    i < 10 &&
    !(await first
      .getByRole("radio")
      .first()
      .evaluate((e) => e === document.activeElement));
    i++
  )
    await phone.keyboard.press("Tab");
  await expect(first.getByRole("radio", { name: "Pas du tout d’accord" })).toBeFocused();
  await phone.keyboard.press("ArrowDown");
  await phone.keyboard.press("ArrowDown");
  await phone.keyboard.press("ArrowDown");
  await expect(first.getByRole("radio", { name: "D’accord", exact: true })).toBeChecked();
  await expect(phone.getByText("Toutes les réponses sont enregistrées")).toBeVisible();
  await phone.keyboard.press("Enter");

  // The second statement has a French translation; the third has none and says it is in English.
  const second = phone.getByRole("group", { name: "Personne ne m’a dit en quoi mon travail touche les clients." });
  await expect(second).toBeVisible();
  await expect(phone.getByRole("heading", { level: 1 })).toBeFocused();
  await phone.keyboard.press("Tab");
  await expect(second.getByRole("radio").first()).toBeFocused();
  await phone.keyboard.press("ArrowDown"); // "Pas d'accord" (2)
  await expect(second.getByRole("radio", { name: "Pas d’accord", exact: true })).toBeChecked();
  await phone.keyboard.press("Enter");

  const third = phone.getByRole("group", { name: "I can put things right for a customer without asking anyone." });
  await expect(third.locator("legend")).toHaveAttribute("lang", "en");
  // Its theme has no French name either: the heading stays English, and says so.
  await expect(phone.getByRole("heading", { level: 1, name: "Room to act" })).toHaveAttribute("lang", "en");
  await expect(phone.getByText("Étape 3 sur 3 · Possible")).toBeVisible();
  await phone.keyboard.press("Tab");
  await phone.keyboard.press("ArrowDown");
  // The last answer is stored before the page is reloaded.
  const stored = phone.waitForResponse((r) => r.url().endsWith("/answers") && r.request().method() === "PUT");
  await phone.keyboard.press("ArrowDown"); // 3
  expect((await stored).status()).toBe(204);
  await expect(third.getByRole("radio", { name: "Ni d’accord ni pas d’accord" })).toBeChecked();
  await expect(phone.getByText("3 affirmations répondues sur 3")).toBeVisible();
  // Reloading keeps the language (remembered on the survey pages) and the answers.
  await phone.reload();
  await expect(phone.locator("html")).toHaveAttribute("lang", "fr");
  await expect(phone.getByRole("heading", { level: 1, name: "Prêt à envoyer" })).toBeVisible();
  await expectNoSidewaysScroll(phone);
  // Tab to "Envoyer mes réponses" and press it.
  const send = phone.getByRole("button", { name: "Envoyer mes réponses" });
  for (let i = 0; i < 10 && !(await send.evaluate((e) => e === document.activeElement)); i++)
    await phone.keyboard.press("Tab");
  await phone.keyboard.press("Enter");
  await expect(phone.getByRole("heading", { name: "Merci" })).toBeVisible();
  await phone.goto(links[0]!);
  await expect(phone.getByText("Ce lien a déjà servi à répondre.")).toBeVisible();

  // Closed, the wave counts the French answer with the three English ones, statement by statement.
  const origin = new URL(page.url()).origin;
  expect((await page.request.post(`/api/orgs/${ORG_A}/waves/${waveId}/close`, { headers: { origin } })).status()).toBe(
    204,
  );
  const results = await page.request.get(`/api/orgs/${ORG_A}/waves/${waveId}/results`);
  expect(results.status()).toBe(200);
  const body = (await results.json()) as {
    total: { respondents: number; items: { key: string; n: number; mean: number }[] };
  };
  expect(body.total.respondents).toBe(4);
  expect(Object.fromEntries(body.total.items.map((i) => [i.key, [i.n, i.mean]]))).toEqual({
    "pr-1": [4, 4],
    "pe-1": [4, 4],
    "po-1": [4, 3],
  });
});

test("a French respondent on the demo's own instrument reads French statements under French step headings", async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  await signIn(page, demo.consultant);
  const origin = new URL(page.url()).origin;
  const headers = { origin, "content-type": "application/json" };
  // The instrument the demo's waves were made with: the shipped one, as every new organisation gets it.
  const instruments = (await (await page.request.get(`/api/orgs/${ORG_A}/instruments`)).json()) as {
    id: string;
    waves: string[];
    olderVersions: { id: string; waves: string[] }[];
  }[];
  const shipped = instruments
    .flatMap((i) => [i, ...i.olderVersions])
    .find((version) => version.waves.includes("Spring 2027"));
  expect(shipped, "the demo's waves use the shipped instrument").toBeDefined();
  const created = await page.request.post(`/api/orgs/${ORG_A}/waves`, {
    data: { name: `Démo ${Date.now().toString(36)}`, instrumentId: shipped!.id, k: 3 },
    headers,
  });
  expect(created.status(), await created.text()).toBe(201);
  const { id: waveId } = (await created.json()) as { id: string };
  expect((await page.request.post(`/api/orgs/${ORG_A}/waves/${waveId}/open`, { headers })).status()).toBe(200);
  const [link] = await invitationLinks(page, waveId, 1);

  for (const width of [390, 1440, 1920]) {
    const french = await (await browser.newContext({ viewport: { width, height: 900 }, locale: "fr-FR" })).newPage();
    await french.goto(link!);
    await expect(french.locator("html")).toHaveAttribute("lang", "fr");
    const heading = french.getByRole("heading", { level: 1, name: "Ce qu’est l’excellence est défini" });
    await expect(heading).toHaveAttribute("lang", "fr");
    const first = french.getByRole("group", {
      name: "Je sais concrètement à quoi ressemble une excellente expérience pour nos clients.",
    });
    await expect(first.locator("legend")).toHaveAttribute("lang", "fr");
    // The reversed statement keeps its negative sense.
    await expect(
      french.getByRole("group", {
        name: "Nos dirigeants décrivent un bon service avec des slogans plutôt qu’avec ce que les gens font réellement.",
      }),
    ).toBeVisible();
    await expect(french.getByText("Étape 1 sur 14 · Pratique")).toBeVisible();
    await expectNoSidewaysScroll(french);
    await french.screenshot({ path: `.shots/translate-demo-fr-${width}.png`, fullPage: true });
    if (width === 390) {
      await first.getByRole("radio", { name: "D’accord", exact: true }).check();
      await french.getByRole("button", { name: "Suivant" }).click();
      await expect(french.getByRole("heading", { level: 1, name: "Traduit dans mon poste" })).toHaveAttribute(
        "lang",
        "fr",
      );
      // A link's ?lang= gives the same statements and headings in German.
      await french.goto(`${link!}?lang=de`);
      await expect(french.getByRole("heading", { level: 1, name: "Es ist klar, was sehr gut heißt" })).toHaveAttribute(
        "lang",
        "de",
      );
      await expect(
        french
          .getByRole("group", {
            name: "Ich weiß, wie ein sehr gutes Erlebnis für unsere Kundinnen und Kunden in der Praxis aussieht.",
          })
          .locator("legend"),
      ).toHaveAttribute("lang", "de");
    }
    await french.context().close();
  }
});

test("the language comes from the browser, a link's ?lang= wins over it, and the rest of the app stays English", async ({
  browser,
}) => {
  const german = await (await browser.newContext({ locale: "de-DE" })).newPage();
  await german.goto("/s/this-link-does-not-exist");
  await expect(german.locator("html")).toHaveAttribute("lang", "de");
  await expect(german.getByRole("heading", { name: "Dieser Umfragelink funktioniert nicht" })).toBeVisible();
  await german.goto("/s/this-link-does-not-exist?lang=es");
  await expect(german.locator("html")).toHaveAttribute("lang", "es");
  await expect(german.getByRole("heading", { name: "Este enlace de la encuesta no funciona" })).toBeVisible();
  await german.goto("/login");
  await expect(german.locator("html")).toHaveAttribute("lang", "en");
});
