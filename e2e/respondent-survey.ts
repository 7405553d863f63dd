import { expect, type Page } from "@playwright/test";
import { ORG_A } from "./helpers";

/** A small instrument written in English, with French (and some German) for all but the last statement, and the first theme in all five languages. */
export const TRANSLATED_INSTRUMENT = {
  format: "throughline.instrument/1",
  name: "Multilingual check",
  language: "en",
  items: [
    {
      key: "pr-1",
      dimension: "practical",
      theme: "What great looks like",
      text: "I know what a great experience for our customers looks like.",
      reversed: false,
      translations: {
        fr: "Je sais à quoi ressemble une excellente expérience pour nos clients.",
        de: "Ich weiß, wie ein hervorragendes Erlebnis für unsere Kundschaft aussieht.",
        nl: "Ik weet hoe een geweldige ervaring voor onze klanten eruitziet.",
        es: "Sé cómo es una experiencia excelente para nuestros clientes.",
      },
      themeTranslations: {
        fr: "Ce qu’est l’excellence",
        de: "Was sehr gut heißt",
        nl: "Wat uitstekend is",
        es: "Qué es lo excelente",
      },
    },
    {
      key: "pe-1",
      dimension: "personal",
      theme: "How we speak of customers",
      text: "Nobody has told me how my work affects customers.",
      reversed: true,
      translations: { fr: "Personne ne m’a dit en quoi mon travail touche les clients." },
    },
    {
      key: "po-1",
      dimension: "possible",
      theme: "Room to act",
      text: "I can put things right for a customer without asking anyone.",
      reversed: false,
    },
  ],
};

/** Imports the instrument and opens a wave with it; returns the wave's id and shared link. */
export async function openTranslatedWave(
  page: Page,
  name: string,
  options: { sharedLinkMode?: "open" | "verified"; k?: number } = {},
): Promise<{ waveId: string; sharedLink: string }> {
  const origin = new URL(page.url()).origin;
  const headers = { origin, "content-type": "application/json" };
  const imported = await page.request.post(`/api/orgs/${ORG_A}/instruments`, {
    data: JSON.stringify(TRANSLATED_INSTRUMENT),
    headers,
  });
  expect(imported.status(), await imported.text()).toBe(201);
  const { id: instrumentId } = (await imported.json()) as { id: string };
  const created = await page.request.post(`/api/orgs/${ORG_A}/waves`, {
    data: { name, instrumentId, k: options.k ?? 3, sharedLinkMode: options.sharedLinkMode ?? "open" },
    headers,
  });
  expect(created.status(), await created.text()).toBe(201);
  const { id: waveId } = (await created.json()) as { id: string };
  const opened = await page.request.post(`/api/orgs/${ORG_A}/waves/${waveId}/open`, { headers });
  expect(opened.status(), await opened.text()).toBe(200);
  return { waveId, sharedLink: ((await opened.json()) as { sharedLink: string }).sharedLink };
}

/** Single-use links for frontline people of a department. */
export async function invitationLinks(page: Page, waveId: string, count: number): Promise<string[]> {
  const created = await page.request.post(`/api/orgs/${ORG_A}/waves/${waveId}/invitations`, {
    data: { count, level: "frontline", department: "contact" },
    headers: { origin: new URL(page.url()).origin },
  });
  expect(created.status(), await created.text()).toBe(201);
  return (await created.text())
    .trim()
    .split("\n")
    .slice(1)
    .map((row) => row.split(",")[0]!);
}

/** Answers every statement through the public API, as a respondent's browser would. */
export async function answerByApi(page: Page, link: string, answers: Record<string, number>) {
  const token = new URL(link).pathname.split("/").pop()!;
  const origin = new URL(page.url()).origin;
  expect((await page.request.get(`/api/survey/${token}`)).status()).toBe(200);
  const saved = await page.request.put(`/api/survey/${token}/answers`, { data: { answers }, headers: { origin } });
  expect(saved.status()).toBe(204);
  expect((await page.request.post(`/api/survey/${token}/submit`, { headers: { origin } })).status()).toBe(204);
}

/** Nothing on the page is wider than the window (WCAG 1.4.10 reflow). */
export async function expectNoSidewaysScroll(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}
