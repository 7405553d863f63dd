import { expect, type Page, test } from "@playwright/test";
import { demo, expectNoSeriousAxeViolations, linkIn, mailTo, ORG_A, signIn, signUp, uniqueEmail } from "./helpers";

const WIDTHS = [390, 1440, 1920];

/** Every width: the page fits (no sideways scrolling), has its heading, passes axe; a screenshot is kept for review. */
async function checkAtEveryWidth(page: Page, name: string, heading: string | RegExp) {
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: width === 390 ? 844 : 1000 });
    await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
    const { overflow, widest } = await page.evaluate(() => ({
      overflow: document.documentElement.scrollWidth - window.innerWidth,
      widest: [...document.querySelectorAll("body *")]
        .filter((e) => e.getBoundingClientRect().right > window.innerWidth + 1)
        .map((e) => e.tagName + "." + e.className)
        .slice(0, 5),
    }));
    expect(overflow, `${name} overflows sideways at ${width} px (${widest.join(", ")})`).toBeLessThanOrEqual(0);
    await page.screenshot({ path: `e2e/.artifacts/screens/${name}-${width}.png`, fullPage: true });
  }
  await expectNoSeriousAxeViolations(page, name);
}

test("the account pages fit a phone and wide screens, and pass the accessibility check", async ({ page, browser }) => {
  test.setTimeout(120_000);
  await page.goto("/login");
  await checkAtEveryWidth(page, "login", "Sign in");

  await page.goto("/signup");
  await checkAtEveryWidth(page, "signup", "Create an account");
  const email = uniqueEmail("screens");
  await page.getByLabel("Your name").fill("Screen Reader");
  await page.getByLabel("Email").fill(email);
  await page.getByRole("button", { name: "Email me a link" }).click();
  await expect(page.getByRole("heading", { name: "Check your inbox" })).toBeVisible();
  await checkAtEveryWidth(page, "signup-sent", "Create an account");

  await page.goto(linkIn(await mailTo(email), "/signup"));
  await checkAtEveryWidth(page, "signup-password", "Choose your password");
  await page.goto("/signup/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
  await checkAtEveryWidth(page, "signup-expired", "This link no longer works");

  await page.goto("/forgot-password");
  await checkAtEveryWidth(page, "forgot-password", "Forgotten your password?");
  await page.request.post("/api/account/password-reset", { data: { email: demo.outsider } });
  await page.goto(
    linkIn(await mailTo(demo.outsider, { subject: "Choose a new Throughline password" }), "/reset-password"),
  );
  await checkAtEveryWidth(page, "reset-password", "Choose a new password");
  await page.goto("/reset-password/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
  await checkAtEveryWidth(page, "reset-password-expired", "This link no longer works");

  // Invitations: to someone without an account, and to someone with one (signed out, signed in, signed in as another).
  const owner = await (await browser.newContext()).newPage();
  await signIn(owner, demo.consultant);
  await owner.goto(`/orgs/${ORG_A}/members`);
  const newcomer = uniqueEmail("screens.newcomer");
  await owner.getByLabel("Email").fill(newcomer);
  await owner.getByRole("button", { name: "Add member" }).click();
  await expect(owner.getByRole("status")).toContainText("is invited");
  await checkAtEveryWidth(owner, "members-invited", "Members");
  await page.goto(linkIn(await mailTo(newcomer), "/invitations"));
  await checkAtEveryWidth(page, "invitation-new-account", "Join Harbour Mutual");

  const holder = uniqueEmail("screens.holder");
  await signUp(page, { name: "Account Holder", email: holder, password: "holders-password" });
  await owner.getByLabel("Email").fill(holder);
  await owner.getByLabel("Role", { exact: true }).selectOption("department_head");
  await owner.getByRole("checkbox", { name: "Claims" }).check();
  await owner.getByRole("button", { name: "Add member" }).click();
  await expect(owner.getByRole("status")).toContainText(holder);
  const invitation = linkIn(await mailTo(holder, { subject: /invited you/ }), "/invitations");
  await page.goto(invitation);
  await checkAtEveryWidth(page, "invitation-accept", "Join Harbour Mutual");
  const other = await (await browser.newContext()).newPage();
  await other.goto(invitation);
  await checkAtEveryWidth(other, "invitation-sign-in", "Join Harbour Mutual");
  await signIn(other, demo.viewer);
  await other.goto(invitation);
  await checkAtEveryWidth(other, "invitation-wrong-account", "Join Harbour Mutual");
  await page.goto("/invitations/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
  await checkAtEveryWidth(page, "invitation-expired", "This invitation no longer works");

  await owner.goto(`/orgs/${ORG_A}/outbox`);
  await checkAtEveryWidth(owner, "outbox", "Outbox");
});
