import { writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { demo, linkIn, mailTo, mailsTo, ORG_A, signIn } from "./helpers";

const PEOPLE = 50;

async function createOpenWave(page: Page, name: string) {
  await page.goto(`/orgs/${ORG_A}/diagnostic`);
  await page.getByLabel("Name").fill(name);
  await page.getByRole("button", { name: "Create wave" }).click();
  const wave = page.getByTestId("wave").filter({ hasText: name });
  await wave.getByRole("button", { name: "Open the wave" }).click();
  await expect(wave).toContainText("open");
  return wave;
}

function peopleFile(tag: string, lines: string[]): string {
  const file = path.join(tmpdir(), `people-${tag}.csv`);
  writeFileSync(file, ["Email,Department,Role,Level,Language,Staff number", ...lines].join("\n"));
  return file;
}

test("a consultant uploads a 50-person list, sends the invitations; a person answers in French on a phone; a reminder reaches the other 49", async ({
  page,
  browser,
}) => {
  test.setTimeout(240_000);
  const tag = Date.now().toString(36);
  const emails = Array.from({ length: PEOPLE }, (_, i) => `person${i}.${tag}@example.test`);
  await signIn(page, demo.consultant);
  const wave = await createOpenWave(page, `Mailed wave ${tag}`);
  await wave.getByRole("link", { name: "People and invitations" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("people and invitations");

  // A list with problems: all listed at once, by line and column, and nothing saved.
  await page
    .getByLabel("People list (CSV)")
    .setInputFiles(peopleFile(`${tag}-bad`, ["ana@example.test,Claims,,frontline,en,1", "not-mail,Nowhere,,boss,,2"]));
  const problems = page.getByRole("region", { name: "Problems in the people list" });
  await expect(page.getByTestId("people-refused")).toContainText("3 problems, first on line 3");
  await expect(problems.getByRole("row")).toHaveCount(4);
  await expect(problems).toContainText("Nowhere");
  await expect(page.getByTestId("send-counts")).toHaveCount(0);

  // The real list: departments by name, by the model's short name too.
  await page.getByLabel("People list (CSV)").setInputFiles(
    peopleFile(
      tag,
      emails.map(
        (e, i) =>
          `${e},${i % 2 ? "Claims" : "contact"},,${i % 3 ? "frontline" : "manager"},${i === 7 ? "fr" : "en"},${i}`,
      ),
    ),
  );
  await expect(page.getByTestId("people-saved")).toHaveText("The list has 50 people.");

  // The preview fills the merge fields in as a person will read them, with a link like theirs.
  const invitationText = page.getByRole("region", { name: "Invitation email" });
  await invitationText.getByLabel("Subject").fill("{organisation}: five minutes about our customers ({wave})");
  const preview = page.getByTestId("invitation-preview");
  await expect(preview).toContainText(`Harbour Mutual: five minutes about our customers (Mailed wave ${tag})`);
  await expect(preview).toContainText("/s/preview-");
  await invitationText.getByLabel("Subject").fill("Hello {first_name}");
  await page.getByRole("button", { name: "Save the invitation text" }).click();
  await expect(page.locator("form .alert[role='alert']")).toContainText("{first_name}");
  await invitationText.getByLabel("Subject").fill("{organisation}: five minutes about our customers");
  await page.getByRole("button", { name: "Save the invitation text" }).click();
  await expect(page.getByText("Saved.")).toBeVisible();
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);

  await page.getByRole("button", { name: "Send invitations to 50 people" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Send 50 invitations" }).click();
  await expect(page.getByTestId("send-counts")).toContainText("50 sent", { timeout: 60_000 });
  await expect(page.getByRole("button", { name: /Send invitations/ })).toHaveCount(0);

  for (const email of [emails[0]!, emails[49]!]) expect(await mailsTo(email)).toHaveLength(1);
  // The list says person 7 reads French: their mail is the standard French text (the English one was changed,
  // the French one not), and its link opens the survey in French.
  expect((await mailTo(emails[0]!)).subject).toBe("Harbour Mutual: five minutes about our customers");
  const mail = await mailTo(emails[7]!, {
    subject: "Harbour Mutual : comment servons-nous nos clients ? (5 minutes, anonyme)",
  });
  expect(mail.text).toContain("Pour ne plus recevoir ce genre d’e-mails de Harbour Mutual");
  const link = linkIn(mail, "/s");
  const invitationLinks = new Map(
    await Promise.all(emails.map(async (e) => [e, linkIn(await mailTo(e), "/s")] as const)),
  );

  // The person answers on a phone whose browser asks for English; they are never asked where they work.
  const phone = await (await browser.newContext({ viewport: { width: 390, height: 844 }, locale: "en-GB" })).newPage();
  await phone.goto(link);
  await expect(phone.locator("html")).toHaveAttribute("lang", "fr");
  await expect(phone.getByRole("radio").first()).toBeVisible();
  await expect(phone.getByLabel("Votre service")).toHaveCount(0);
  for (let step = 0; step < 20; step++) {
    if (await phone.getByRole("button", { name: "Envoyer mes réponses" }).isVisible()) break;
    for (const group of await phone.getByRole("group").all())
      await group.getByRole("radio", { name: "D’accord", exact: true }).check();
    await phone.getByRole("button", { name: "Suivant" }).click();
  }
  await phone.getByRole("button", { name: "Envoyer mes réponses" }).click();
  await expect(phone.getByRole("heading", { name: "Merci" })).toBeVisible();
  await phone.goto(link);
  await expect(phone.getByText("Ce lien a déjà servi à répondre")).toBeVisible();

  // Its unsubscribe link asks first, then confirms, without signing in.
  const unsubscribe = await (await browser.newContext()).newPage();
  await unsubscribe.goto(/https?:\/\/\S+\/unsubscribe\/\S+/.exec(mail.text)![0]);
  await expect(unsubscribe.getByRole("heading", { level: 1 })).toHaveText("Stop survey emails from Harbour Mutual?");
  await unsubscribe.getByRole("button", { name: "Stop these emails" }).click();
  await expect(unsubscribe.getByTestId("unsubscribed")).toContainText("will not email you again");

  // A reminder now: it goes to the 49 who have not answered, each with the link of their invitation.
  await page.reload();
  const plan = page.getByTestId("mailing-plan");
  await expect(plan).toContainText("49 people have not answered yet.");
  await plan.getByRole("button", { name: "Send a reminder now" }).click();
  await expect(plan.getByRole("status")).toHaveText("The reminder is on its way.");
  await expect(plan.getByTestId("reminders")).toContainText("Reminder 1: 49 of 49 people reminded", {
    timeout: 60_000,
  });
  for (const email of emails.filter((_, i) => i !== 7)) {
    const reminder = await mailTo(email, { nth: 2 });
    expect(reminder.subject).toMatch(/^Reminder: Harbour Mutual's survey is open until/);
    expect(linkIn(reminder, "/s")).toBe(invitationLinks.get(email));
  }
  expect(await mailsTo(emails[7]!)).toHaveLength(1);

  // A second one set for tomorrow, then cancelled.
  await plan.getByRole("radio", { name: "At a set time" }).check();
  const tomorrow = new Date(Date.now() + 24 * 3_600_000);
  const local = new Date(tomorrow.getTime() - tomorrow.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
  await plan.getByLabel("Date and time (your time zone)").fill(local);
  await plan.getByRole("button", { name: "Set the reminder" }).click();
  await expect(plan.getByTestId("reminders")).toContainText("Reminder 2: set for");
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  for (const width of [390, 1440, 1920]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `.shots/people-reminders-${width}.png`, fullPage: true });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
  }
  await plan.getByRole("button", { name: "Cancel reminder 2" }).click();
  await expect(plan.getByTestId("reminders")).not.toContainText("Reminder 2");
  // Its place is free again: two more reminders may go.
  await expect(plan.getByRole("button", { name: "Set the reminder" })).toBeEnabled();
});
