import { expect, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "throughline-demo";
export const ORG_A = "harbour-mutual";
export const ORG_B = "northwind-energy";
export const demo = {
  consultant: "consultant@demo.throughline.test",
  executive: "executive@demo.throughline.test",
  head: "head@demo.throughline.test",
  viewer: "viewer@demo.throughline.test",
  outsider: "outsider@demo.throughline.test",
};

export async function signIn(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto("/login");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  // The first sign-in after the server starts loads its modules and warms the database: give it time.
  await expect(page).toHaveURL(/\/orgs$/, { timeout: 15_000 });
}

export async function navigationLabels(page: Page): Promise<string[]> {
  return page.getByRole("navigation", { name: "Main" }).getByRole("link").allInnerTexts();
}

export function uniqueEmail(prefix: string) {
  return `${prefix}.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}@example.test`;
}

/** The form's own error message (Next's route announcer is an empty role=alert too). */
export function formError(page: Page) {
  return page.locator('.alert[role="alert"]');
}

/** Mail the app sent, as the test mail server received it (started by scripts/e2e-server.sh). */
export async function mailTo(address: string, match: RegExp, timeoutMs = 10_000): Promise<{ subject: string; text: string }> {
  const port = Number(process.env.E2E_PORT ?? 3100) + 26;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const messages = (await (await fetch(`http://127.0.0.1:${port}/messages?to=${encodeURIComponent(address)}`)).json()) as { subject: string; text: string }[];
    const found = messages.reverse().find((m) => match.test(m.subject));
    if (found) return found;
    if (Date.now() > deadline) throw new Error(`No mail to ${address} matching ${match}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
