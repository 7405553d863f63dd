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

test("a consultant uploads a 50-person list, previews the invitation, sends it; a person answers from the mail", async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
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
      emails.map((e, i) => `${e},${i % 2 ? "Claims" : "contact"},,${i % 3 ? "frontline" : "manager"},en,${i}`),
    ),
  );
  await expect(page.getByTestId("people-saved")).toHaveText("The list has 50 people.");

  // The preview fills the merge fields in as a person will read them, with a link like theirs.
  await page.getByLabel("Subject").fill("{organisation}: five minutes about our customers ({wave})");
  const preview = page.getByTestId("invitation-preview");
  await expect(preview).toContainText(`Harbour Mutual: five minutes about our customers (Mailed wave ${tag})`);
  await expect(preview).toContainText("/s/preview-");
  await page.getByLabel("Subject").fill("Hello {first_name}");
  await page.getByRole("button", { name: "Save the invitation text" }).click();
  await expect(page.locator("form .alert[role='alert']")).toContainText("{first_name}");
  await page.getByLabel("Subject").fill("{organisation}: five minutes about our customers");
  await page.getByRole("button", { name: "Save the invitation text" }).click();
  await expect(page.getByText("Saved.")).toBeVisible();
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);

  await page.getByRole("button", { name: "Send invitations to 50 people" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Send 50 invitations" }).click();
  await expect(page.getByTestId("send-counts")).toContainText("50 sent", { timeout: 60_000 });
  await expect(page.getByRole("button", { name: /Send invitations/ })).toHaveCount(0);

  for (const email of [emails[0]!, emails[49]!]) expect(await mailsTo(email)).toHaveLength(1);
  const mail = await mailTo(emails[7]!, { subject: "Harbour Mutual: five minutes about our customers" });
  const link = linkIn(mail, "/s");

  // The person answers on a phone; they are never asked where they work (the list said).
  const phone = await (await browser.newContext({ viewport: { width: 390, height: 844 } })).newPage();
  await phone.goto(link);
  await expect(phone.getByRole("radio").first()).toBeVisible();
  await expect(phone.getByLabel("Department")).toHaveCount(0);
  for (let step = 0; step < 20; step++) {
    if (await phone.getByRole("button", { name: "Send my answers" }).isVisible()) break;
    for (const group of await phone.getByRole("group").all())
      await group.getByRole("radio", { name: "Agree", exact: true }).check();
    await phone.getByRole("button", { name: "Next" }).click();
  }
  await phone.getByRole("button", { name: "Send my answers" }).click();
  await expect(phone.getByRole("heading", { name: "Thank you" })).toBeVisible();
  await phone.goto(link);
  await expect(phone.getByText("This link has already been used to answer")).toBeVisible();

  // Its unsubscribe link asks first, then confirms, without signing in.
  const unsubscribe = await (await browser.newContext()).newPage();
  await unsubscribe.goto(/https?:\/\/\S+\/unsubscribe\/\S+/.exec(mail.text)![0]);
  await expect(unsubscribe.getByRole("heading", { level: 1 })).toHaveText("Stop survey emails from Harbour Mutual?");
  await unsubscribe.getByRole("button", { name: "Stop these emails" }).click();
  await expect(unsubscribe.getByTestId("unsubscribed")).toContainText("will not email you again");
});
