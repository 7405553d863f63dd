import { beforeEach, expect, it, vi } from "vitest";
import { RateLimitedError } from "@/lib/errors";
import { refusal } from "@/lib/test-support/expectations";
import { makeUser, TEST_PASSWORD } from "@/lib/test-support/fixtures";
import { latestOutboxMail, linkToken } from "@/lib/test-support/mailbox";
import { describeOnEachDatabase } from "@/lib/test-support/test-databases";
import { findOpenAccountLink } from "./account-links";
import { completeSignUp } from "./complete-sign-up";
import { hashLinkToken } from "./link-token";
import { requestSignUp } from "./request-sign-up";
import { verifyCredentials } from "@/lib/auth/verify-credentials";

const limits = { perEmail: 3, perIp: 20 };
let n = 0;
const source = () => ({ ip: `192.0.2.${++n % 250}`, limits });

beforeEach(() => {
  // Account mail is also printed for the operator when no mail server is configured; not under test here.
  vi.spyOn(console, "info").mockImplementation(() => {});
});

describeOnEachDatabase("sign-up with email verification", (use) => {
  it("creates no account until the mailed link is used; the link sets the password and works once", async () => {
    const { db } = use();
    const email = "sam.signup@example.test";
    await requestSignUp(db, { name: "Sam Signup", email }, source());
    expect(await db.user.count({ where: { email } })).toBe(0);

    const mail = await latestOutboxMail(db, email);
    expect(mail.subject).toBe("Finish creating your Throughline account");
    expect(mail.text).not.toContain("Sam Signup");
    const token = linkToken(mail.text, "/signup");
    // Only the token's SHA-256 is stored.
    const stored = await db.accountLink.findFirstOrThrow({ where: { email } });
    expect(stored.tokenHash).toBe(hashLinkToken(token));
    expect(JSON.stringify(stored)).not.toContain(token);
    expect(await findOpenAccountLink(db, "sign_up", token)).toEqual({ email, name: "Sam Signup" });

    expect(await completeSignUp(db, { token, password: "a-good-password" })).toEqual({ email });
    expect(await verifyCredentials(db, email, "a-good-password")).toMatchObject({ email, name: "Sam Signup" });
    expect(await findOpenAccountLink(db, "sign_up", token)).toBeNull();
    const again = await refusal(completeSignUp(db, { token, password: "another-password" }));
    expect([again.status, again.field]).toEqual([400, "token"]);
  });

  it("mails an existing account's owner that they have one, with a password reset link, and changes nothing", async () => {
    const { db } = use();
    const owner = await makeUser(db, "Already Here");
    await requestSignUp(db, { name: "Impostor", email: owner.email }, source());
    const mail = await latestOutboxMail(db, owner.email);
    expect(mail.subject).toBe("You already have a Throughline account");
    expect(mail.text).not.toContain("Impostor");
    expect(await findOpenAccountLink(db, "password_reset", linkToken(mail.text, "/reset-password"))).toEqual({
      email: owner.email,
      name: null,
    });
    expect(await db.accountLink.count({ where: { email: owner.email, purpose: "sign_up" } })).toBe(0);
    expect(await verifyCredentials(db, owner.email, TEST_PASSWORD)).toEqual(owner);
  });

  it("refuses an expired link", async () => {
    const { db } = use();
    const email = "late.comer@example.test";
    await requestSignUp(db, { name: "Late", email }, source());
    const token = linkToken((await latestOutboxMail(db, email)).text, "/signup");
    await db.accountLink.updateMany({ where: { email }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect((await refusal(completeSignUp(db, { token, password: "a-good-password" }))).field).toBe("token");
    expect(await db.user.count({ where: { email } })).toBe(0);
  });

  it("makes one account of two links used at the same moment, and the older links stop working", async () => {
    const { db } = use();
    const email = "twice.over@example.test";
    await requestSignUp(db, { name: "Twice", email }, source());
    const first = linkToken((await latestOutboxMail(db, email)).text, "/signup");
    await requestSignUp(db, { name: "Twice", email }, source());
    const second = linkToken((await latestOutboxMail(db, email)).text, "/signup");
    const results = await Promise.allSettled([
      completeSignUp(db, { token: first, password: "password-one" }),
      completeSignUp(db, { token: second, password: "password-two" }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const refused = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect([400, 409]).toContain(refused.reason.status);
    expect(await db.user.count({ where: { email } })).toBe(1);
    expect(await db.accountLink.count({ where: { email, usedAt: null } })).toBe(0);
  });

  it("limits sign-ups per address and per client IP, the same whether or not the address has an account", async () => {
    const { db } = use();
    const owner = await makeUser(db, "Limited Owner");
    for (const email of [owner.email, "limited.stranger@example.test"]) {
      for (let i = 0; i < 3; i++) await requestSignUp(db, { name: "X", email }, source());
      const error = await refusal(requestSignUp(db, { name: "X", email }, source()));
      expect(error).toBeInstanceOf(RateLimitedError);
      expect(error.status).toBe(429);
      expect((error as RateLimitedError).retryAfterSeconds).toBeGreaterThan(55 * 60);
      expect(error.detail).toMatch(/^Too many requests for now\. Please try again in \d+ minutes\.$/);
    }
    const ip = { ip: "192.0.2.251", limits };
    for (let i = 0; i < 20; i++) await requestSignUp(db, { name: "X", email: `spray.${i}@example.test` }, ip);
    expect((await refusal(requestSignUp(db, { name: "X", email: "one.more@example.test" }, ip))).status).toBe(429);
    expect(await db.outboxMessage.count({ where: { to: "one.more@example.test" } })).toBe(0);
  });
});
