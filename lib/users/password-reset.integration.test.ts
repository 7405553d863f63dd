import { beforeEach, expect, it, vi } from "vitest";
import { startAuthSession, findSessionActor } from "@/lib/auth/auth-sessions";
import { reserveSignInAttempt } from "@/lib/auth/login-throttle";
import { RateLimitedError } from "@/lib/errors";
import { refusal } from "@/lib/test-support/expectations";
import { makeUser, TEST_PASSWORD } from "@/lib/test-support/fixtures";
import { latestOutboxMail, linkToken } from "@/lib/test-support/mailbox";
import { describeOnEachDatabase } from "@/lib/test-support/test-databases";
import { requestPasswordReset } from "./request-password-reset";
import { resetPassword } from "./reset-password";
import { verifyCredentials } from "@/lib/auth/verify-credentials";

const mailLimits = { perEmail: 3, perIp: 20 };
const signInLimits = { perAccount: 5, perIp: 20, maxPauseSeconds: 3600 };
const ip = "192.0.2.10";

beforeEach(() => {
  vi.spyOn(console, "info").mockImplementation(() => {});
});

describeOnEachDatabase("password reset by email", (use) => {
  it("mails a single-use link; the new password works, the old one does not, and every session ends", async () => {
    const { db } = use();
    const user = await makeUser(db, "Forgot Fiona");
    const bystander = await makeUser(db, "Bystander");
    const laptop = await startAuthSession(db, user.id);
    const phone = await startAuthSession(db, user.id);
    const theirs = await startAuthSession(db, bystander.id);

    await requestPasswordReset(db, { email: user.email }, { ip, limits: mailLimits });
    const mail = await latestOutboxMail(db, user.email);
    expect(mail.subject).toBe("Choose a new Throughline password");
    const token = linkToken(mail.text, "/reset-password");

    expect(await resetPassword(db, { token, password: "a-brand-new-password" }, { ip, limits: signInLimits })).toEqual({
      email: user.email,
    });
    expect(await verifyCredentials(db, user.email, "a-brand-new-password")).toEqual(user);
    expect(await verifyCredentials(db, user.email, TEST_PASSWORD)).toBeNull();
    expect(await findSessionActor(db, laptop, user.id)).toBeNull();
    expect(await findSessionActor(db, phone, user.id)).toBeNull();
    expect(await findSessionActor(db, theirs, bystander.id)).toEqual(bystander);

    const reused = await refusal(
      resetPassword(db, { token, password: "yet-another-password" }, { ip, limits: signInLimits }),
    );
    expect([reused.status, reused.field]).toEqual([400, "token"]);
  });

  it("tells an address without an account that it has none, and creates nothing", async () => {
    const { db } = use();
    const email = "no.account.here@example.test";
    await requestPasswordReset(db, { email }, { ip, limits: mailLimits });
    const mail = await latestOutboxMail(db, email);
    expect(mail.subject).toBe("About your Throughline password");
    expect(mail.text).toContain("There is no Throughline account for this address.");
    expect(mail.text).toMatch(/https?:\/\/\S+\/signup\s/);
    expect(await db.accountLink.count({ where: { email } })).toBe(0);
    expect(await db.user.count({ where: { email } })).toBe(0);
  });

  it("refuses a link after an hour, and a sign-up link in place of a reset link", async () => {
    const { db } = use();
    const user = await makeUser(db, "Slow Sam");
    await requestPasswordReset(db, { email: user.email }, { ip, limits: mailLimits });
    const link = await db.accountLink.findFirstOrThrow({ where: { email: user.email } });
    expect(link.expiresAt.getTime() - link.createdAt.getTime()).toBeCloseTo(60 * 60 * 1000, -3);
    const token = linkToken((await latestOutboxMail(db, user.email)).text, "/reset-password");
    await db.accountLink.update({ where: { id: link.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(
      (await refusal(resetPassword(db, { token, password: "a-brand-new-password" }, { ip, limits: signInLimits })))
        .field,
    ).toBe("token");
    expect(await verifyCredentials(db, user.email, TEST_PASSWORD)).toEqual(user);
  });

  it("lifts the sign-in pause of the address that chose the new password", async () => {
    const { db } = use();
    const user = await makeUser(db, "Paused Paula");
    for (let i = 0; i < 5; i++) await (await reserveSignInAttempt(db, signInLimits, user.email, ip)).failed();
    await expect(reserveSignInAttempt(db, signInLimits, user.email, ip)).rejects.toBeInstanceOf(RateLimitedError);
    await requestPasswordReset(db, { email: user.email }, { ip, limits: mailLimits });
    const token = linkToken((await latestOutboxMail(db, user.email)).text, "/reset-password");
    await resetPassword(db, { token, password: "a-brand-new-password" }, { ip, limits: signInLimits });
    await expect(reserveSignInAttempt(db, signInLimits, user.email, ip)).resolves.toBeTruthy();
  });

  it("limits reset requests per address, the same whether or not it has an account", async () => {
    const { db } = use();
    const user = await makeUser(db, "Spammed");
    for (const email of [user.email, "nobody.spammed@example.test"]) {
      for (let i = 0; i < 3; i++)
        await requestPasswordReset(db, { email }, { ip: `192.0.2.${20 + i}`, limits: mailLimits });
      expect(
        (await refusal(requestPasswordReset(db, { email }, { ip: "192.0.2.30", limits: mailLimits }))).status,
      ).toBe(429);
    }
  });
});
