import AxeBuilder from "@axe-core/playwright";
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
  // Consultants land on the portfolio; a member of one organisation on its dashboard.
  await expect(page).toHaveURL(/\/orgs(\/[a-z0-9-]+)?$/, { timeout: 30_000 });
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

// ── Mail: the e2e server's SMTP server (scripts/e2e-mail-server.ts) and its read-out ──

const MAIL_READ_OUT = `http://127.0.0.1:${Number(process.env.E2E_PORT ?? 3100) + 26}/messages`;

export type DeliveredMail = { from: string; to: string[]; subject: string; text: string; receivedAt: string };

/** Every mail delivered to an address so far, oldest first. */
export async function mailsTo(address: string): Promise<DeliveredMail[]> {
  const response = await fetch(`${MAIL_READ_OUT}?to=${encodeURIComponent(address)}`);
  return (await response.json()) as DeliveredMail[];
}

/** Waits for the nth mail (1-based) delivered to an address, optionally with a given subject. */
export async function mailTo(
  address: string,
  { subject, nth = 1 }: { subject?: string | RegExp; nth?: number } = {},
): Promise<DeliveredMail> {
  let found: DeliveredMail | undefined;
  await expect
    .poll(
      async () => {
        const matching = (await mailsTo(address)).filter(
          (m) =>
            subject === undefined || (typeof subject === "string" ? m.subject === subject : subject.test(m.subject)),
        );
        found = matching[nth - 1];
        return Boolean(found);
      },
      { message: `mail to ${address}`, timeout: 10_000 },
    )
    .toBe(true);
  return found!;
}

/** The link to `path` (e.g. "/signup") in a mail. */
export function linkIn(mail: DeliveredMail, path: string): string {
  // With its query, if any (a survey link carries the person's language).
  const match = new RegExp(`https?://\\S+${path}/[A-Za-z0-9_-]+(\\?\\S*)?`).exec(mail.text);
  if (!match) throw new Error(`No ${path}/… link in:\n${mail.text}`);
  return match[0];
}

/** Signs up through the mailed link, as a new person would; ends signed in on /orgs. */
export async function signUp(page: Page, { name, email, password }: { name: string; email: string; password: string }) {
  await page.goto("/signup");
  await page.getByLabel("Your name").fill(name);
  await page.getByLabel("Email").fill(email);
  await page.getByRole("button", { name: "Email me a link" }).click();
  await expect(page.getByRole("heading", { name: "Check your inbox" })).toBeVisible();
  await page.goto(linkIn(await mailTo(email, { subject: "Finish creating your Throughline account" }), "/signup"));
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(/\/orgs$/);
}

// ── Accessibility: the one axe check every spec holds pages to ──

/** Axe's serious and critical violations on the page as it is now, "rule: where" each; none when it passes. */
export async function seriousAxeViolations(page: Page): Promise<string[]> {
  // Next streams a dynamic page's metadata after its first bytes: check once the title is in.
  await expect(page).toHaveTitle(/Throughline/);
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

/** Fails, naming `label` and each violation, when axe finds anything serious or critical. */
export async function expectNoSeriousAxeViolations(page: Page, label?: string) {
  expect(await seriousAxeViolations(page), label).toEqual([]);
}
