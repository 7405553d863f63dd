import { expect, test } from "@playwright/test";
import { signInFrom } from "./from-address";
import {
  demo,
  formError,
  linkIn,
  mailsTo,
  mailTo,
  navigationLabels,
  ORG_A,
  signIn,
  signUp,
  uniqueEmail,
} from "./helpers";

test("sign-up: name and email, the mailed link, a password — and the new account is signed in", async ({ page }) => {
  const email = uniqueEmail("sofia");
  await page.goto("/login");
  await page.getByRole("link", { name: "Create an account" }).click();
  await page.getByLabel("Your name").fill("Sofia Signup");
  await page.getByLabel("Email").fill(email);
  await page.getByRole("button", { name: "Email me a link" }).click();
  await expect(page.getByRole("heading", { name: "Check your inbox" })).toBeFocused();
  await expect(page.getByTestId("check-your-inbox")).toContainText(`We have sent an email to ${email}.`);

  const mail = await mailTo(email);
  expect(mail.subject).toBe("Finish creating your Throughline account");
  const link = linkIn(mail, "/signup");
  await page.goto(link);
  await expect(page.getByRole("heading", { name: "Choose your password" })).toBeVisible();
  await expect(page.getByText("Welcome, Sofia Signup.")).toBeVisible();
  await expect(page.getByLabel("Email")).toHaveValue(email);
  await page.getByLabel("Password").fill("short");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(formError(page)).toHaveText("Password must be at least 10 characters");
  await page.getByLabel("Password").fill("sofias-password");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(/\/orgs$/);
  await expect(page.getByText("You are not a member of any organisation yet.")).toBeVisible();

  // The link worked once.
  await page.goto(link);
  await expect(page.getByRole("heading", { name: "This link no longer works" })).toBeVisible();
});

test("sign-up answers the same whether or not the address has an account, and is limited per address", async ({
  page,
}) => {
  const fresh = uniqueEmail("fresh");
  const answers = [];
  for (const email of [demo.viewer, fresh]) {
    const response = await page.request.post("/api/account", { data: { name: "Someone", email } });
    answers.push({ status: response.status(), body: await response.text() });
  }
  expect(answers[0]).toEqual(answers[1]);
  expect(answers[0]!.status).toBe(202);
  expect(JSON.parse(answers[0]!.body)).toEqual({
    message: "Check your inbox: we have sent an email to the address you gave.",
  });
  // The owner of the existing account hears that they have one, with a way back in.
  const told = await mailTo(demo.viewer, { subject: "You already have a Throughline account" });
  expect(linkIn(told, "/reset-password")).toContain("/reset-password/");
  expect((await mailTo(fresh)).subject).toBe("Finish creating your Throughline account");

  // Three mails per address an hour; the fourth request is refused the same way for any address.
  const limited = uniqueEmail("limited");
  for (let i = 0; i < 3; i++)
    expect((await page.request.post("/api/account", { data: { name: "Again", email: limited } })).status()).toBe(202);
  const refused = await page.request.post("/api/account", { data: { name: "Again", email: limited } });
  expect(refused.status()).toBe(429);
  expect(Number(refused.headers()["retry-after"])).toBeGreaterThan(50 * 60);
  expect((await refused.json()).detail).toMatch(/^Too many requests for now\. Please try again in \d+ minutes\.$/);
  expect(await mailsTo(limited)).toHaveLength(3);
});

test("password reset by email: the new password signs in, and every other session of the account ends", async ({
  page,
  browser,
}) => {
  const email = uniqueEmail("rosa");
  const elsewhere = await (await browser.newContext()).newPage();
  await signUp(elsewhere, { name: "Rosa Reset", email, password: "the-old-password" });

  await page.goto("/login");
  await page.getByRole("link", { name: "Forgotten your password?" }).click();
  await expect(page.getByRole("heading", { name: "Forgotten your password?" })).toBeVisible();
  await page.getByLabel("Email").fill(email);
  await page.getByRole("button", { name: "Email me a link" }).click();
  await expect(page.getByRole("heading", { name: "Check your inbox" })).toBeVisible();
  const mail = await mailTo(email, { subject: "Choose a new Throughline password" });
  await page.goto(linkIn(mail, "/reset-password"));
  await expect(page.getByRole("heading", { name: "Choose a new password" })).toBeVisible();
  await page.getByLabel("New password").fill("the-new-password");
  await page.getByRole("button", { name: "Save and sign in" }).click();
  await expect(page).toHaveURL(/\/orgs$/);

  // The session that was open elsewhere has ended.
  await elsewhere.goto("/orgs");
  await expect(elsewhere).toHaveURL(/\/login/);
  expect((await elsewhere.request.get("/api/orgs")).status()).toBe(401);

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login/);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("the-old-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(formError(page)).toHaveText("Email or password is incorrect.");
  await signIn(page, email, "the-new-password");
});

test("forgot password answers the same for an unknown address, whose mail says there is no account", async ({
  page,
}) => {
  const nobody = uniqueEmail("nobody");
  const known = await page.request.post("/api/account/password-reset", { data: { email: demo.head } });
  const unknown = await page.request.post("/api/account/password-reset", { data: { email: nobody } });
  expect([known.status(), await known.text()]).toEqual([unknown.status(), await unknown.text()]);
  expect((await mailTo(nobody)).text).toContain("There is no Throughline account for this address.");
  expect((await mailTo(demo.head, { subject: "Choose a new Throughline password" })).text).toContain(
    "/reset-password/",
  );
});

test("an invitation to an address with an account: open the link, sign in, accept", async ({ page, browser }) => {
  const email = uniqueEmail("anton");
  const invitee = await (await browser.newContext()).newPage();
  await signUp(invitee, { name: "Anton Account", email, password: "antons-password" });
  await invitee.getByRole("button", { name: "Sign out" }).click();
  await expect(invitee).toHaveURL(/\/login/);

  await signIn(page, demo.consultant);
  await page.goto(`/orgs/${ORG_A}/members`);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Role", { exact: true }).selectOption("executive");
  await page.getByRole("button", { name: "Add member" }).click();
  await expect(page.getByRole("status")).toContainText("is invited");

  const link = linkIn(await mailTo(email, { subject: /invited you to Harbour Mutual/ }), "/invitations");
  await invitee.goto(link);
  await expect(
    invitee.getByText("You already have an account with this email address. Sign in to accept."),
  ).toBeVisible();
  await invitee.getByRole("link", { name: "Sign in to accept" }).click();
  await expect(invitee.getByRole("heading", { name: "Sign in" })).toBeVisible();
  await invitee.getByLabel("Email").fill(email);
  await invitee.getByLabel("Password").fill("antons-password");
  await invitee.getByRole("button", { name: "Sign in" }).click();
  await expect(invitee).toHaveURL(link);
  await invitee.getByRole("button", { name: "Join Harbour Mutual" }).click();
  await expect(invitee).toHaveURL(new RegExp(`/orgs/${ORG_A}$`));
  await expect(invitee.getByTestId("current-role")).toHaveText("Executive");
});

test("attack (issue item 8): signing up with a future invitee's address never yields their membership", async ({
  page,
  browser,
}) => {
  const victim = uniqueEmail("victim");
  const mallory = await (await browser.newContext()).newPage();
  // The attacker tries to claim the address first: the same answer as anyone, and no account.
  await mallory.goto("/signup");
  await mallory.getByLabel("Your name").fill("Mallory");
  await mallory.getByLabel("Email").fill(victim);
  await mallory.getByRole("button", { name: "Email me a link" }).click();
  await expect(mallory.getByRole("heading", { name: "Check your inbox" })).toBeVisible();
  // The link went to the victim's inbox; the attacker's own account is all they have.
  await signUp(mallory, { name: "Mallory", email: uniqueEmail("mallory"), password: "mallorys-password" });

  await signIn(page, demo.consultant);
  await page.goto(`/orgs/${ORG_A}/members`);
  await page.getByLabel("Email").fill(victim);
  await page.getByLabel("Role", { exact: true }).selectOption("owner");
  await page.getByRole("button", { name: "Add member" }).click();
  const invitation = linkIn(await mailTo(victim, { subject: /invited you/ }), "/invitations");

  // Even holding a forwarded link, the attacker, signed in as someone else, is refused.
  await mallory.goto(invitation);
  await expect(formError(mallory)).toContainText(`This invitation is for ${victim}, but you are signed in as`);
  const token = invitation.split("/invitations/")[1]!;
  const forced = await mallory.request.post("/api/invitations/accept", { data: { token } });
  expect(forced.status()).toBe(403);

  // The victim, reading their own inbox, creates the account and joins.
  const owner = await (await browser.newContext()).newPage();
  await owner.goto(invitation);
  await owner.getByLabel("Your name").fill("Vera Victim");
  await owner.getByLabel("Password").fill("veras-password");
  await owner.getByRole("button", { name: "Create account and join" }).click();
  await expect(owner.getByTestId("current-role")).toHaveText("Owner / consultant");

  // The sign-up link the attacker requested is dead, and the attacker is still no member.
  await owner.goto(linkIn(await mailTo(victim, { subject: "Finish creating your Throughline account" }), "/signup"));
  await expect(owner.getByRole("heading", { name: "This link no longer works" })).toBeVisible();
  expect((await mallory.goto(`/orgs/${ORG_A}`))?.status()).toBe(404);
  expect((await signInFrom("127.0.0.5", victim, "mallorys-password")).status).toBe(401);
});

test("a third party's failures from another address never lock the owner out", async ({ page }) => {
  for (let i = 0; i < 5; i++) expect((await signInFrom("127.0.0.2", demo.viewer, `guess-${i}`)).status).toBe(401);
  const paused = await signInFrom("127.0.0.2", demo.viewer, "throughline-demo");
  expect(paused.status).toBe(429);
  expect(Number(paused.headers["retry-after"])).toBeGreaterThan(50);
  // The owner, from their own address, signs in as usual.
  await signIn(page, demo.viewer);
});

test("simultaneous guesses are counted atomically: of 60 at once, at most 5 are checked", async ({ page }) => {
  const email = uniqueEmail("stormed");
  await signUp(page, { name: "Stormy", email, password: "stormys-password" });
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login/);
  const answers = await Promise.all(Array.from({ length: 60 }, (_, i) => signInFrom("127.0.0.3", email, `guess-${i}`)));
  const checked = answers.filter((a) => a.status === 401).length;
  expect(checked).toBeGreaterThan(0);
  expect(checked).toBeLessThanOrEqual(5);
  expect(answers.filter((a) => a.status === 429).length).toBe(60 - checked);
  expect((await signInFrom("127.0.0.3", email, "stormys-password")).status).toBe(429);
  await signIn(page, email, "stormys-password");
});

test("the open redirect of issue item 12 stays on this site, and odd return addresses never give a 500", async ({
  page,
  request,
}) => {
  await page.goto("/login?callbackUrl=%2F%09%2Fevil.example%2Fphish");
  await page.getByLabel("Email").fill(demo.viewer);
  await page.getByLabel("Password").fill("throughline-demo");
  await page.getByRole("button", { name: "Sign in" }).click();
  // Never off the site: the start page, which sends this viewer of one organisation to its dashboard.
  await expect(page).toHaveURL(new RegExp(`^http://localhost:\\d+/orgs/${ORG_A}$`));

  const values = [
    "%2F%09%2Fevil.example%2Fphish",
    "%0A",
    "%2F%0A%2Fx",
    "%0D%0ASet-Cookie%3Ax%3D1",
    "%E2%98%83",
    "%2F%E2%98%83",
    "%FF",
    "%2F.%2F%2Fevil.example",
    "https%3A%2F%2Fevil.example",
    "%5C%5Cevil.example",
  ];
  for (const client of [request, page.request]) {
    for (const value of values) {
      for (const path of ["/login", "/api/auth/signin", "/api/auth/session", "/api/auth/csrf"]) {
        const response = await client.get(`${path}?callbackUrl=${value}`, { maxRedirects: 0 });
        expect(response.status(), `${path}?callbackUrl=${value}`).toBeLessThan(500);
        const location = response.headers()["location"];
        if (location)
          expect(new URL(location, "http://localhost").hostname, `${path}?callbackUrl=${value}`).toBe("localhost");
      }
    }
  }
});

test("with a mail server configured, owners have no outbox in the navigation, and the page says mail is sent", async ({
  page,
}) => {
  await signIn(page, demo.consultant);
  await page.goto(`/orgs/${ORG_A}`);
  expect(await navigationLabels(page)).not.toContain("Outbox");
  await page.goto(`/orgs/${ORG_A}/outbox`);
  await expect(page.getByRole("heading", { level: 1, name: "Outbox" })).toBeVisible();
  await expect(page.getByText("Emails are now sent through your mail server.")).toBeVisible();
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login/);
  await signIn(page, demo.executive);
  expect((await page.goto(`/orgs/${ORG_A}/outbox`))?.status()).toBe(403);
});
