import { expect, it } from "vitest";
import type { Db } from "@/lib/db/types";
import { RateLimitedError } from "@/lib/errors";
import { makeUser, TEST_PASSWORD } from "@/lib/test-support/fixtures";
import { describeOnEachDatabase } from "@/lib/test-support/test-databases";
import { verifyCredentials } from "./verify-credentials";
import { forgetSignInFailures, pauseSeconds, reserveSignInAttempt, type ThrottleLimits } from "./login-throttle";

const limits: ThrottleLimits = { perAccount: 5, perIp: 20, maxPauseSeconds: 60 * 60 };

/** One sign-in as the app makes it: reserve, check the password, settle. Returns "ok", "wrong" or the 429's wait. */
async function signIn(db: Db, email: string, password: string, ip: string): Promise<"ok" | "wrong" | number> {
  let attempt;
  try {
    attempt = await reserveSignInAttempt(db, limits, email, ip);
  } catch (error) {
    if (error instanceof RateLimitedError) return error.retryAfterSeconds;
    throw error;
  }
  const user = await verifyCredentials(db, email, password);
  if (user) await attempt.succeeded();
  else await attempt.failed();
  return user ? "ok" : "wrong";
}

/** Ends the current pause of an account and address as if its time had passed. */
async function letPauseEnd(db: Db, email: string, ip: string) {
  await db.rateLimiterFlexible.updateMany({
    where: { key: `login-pair:${email}|${ip}` },
    data: { expire: new Date(Date.now() - 1000) },
  });
}

describeOnEachDatabase("sign-in and throttling", (use) => {
  it("answers the same for a wrong password and an unknown email", async () => {
    const { db } = use();
    const user = await makeUser(db, "Signer");
    expect(await verifyCredentials(db, user.email, TEST_PASSWORD)).toEqual(user);
    expect(await verifyCredentials(db, user.email.toUpperCase(), TEST_PASSWORD)).toEqual(user);
    expect(await verifyCredentials(db, user.email, "wrong-password")).toBeNull();
    expect(await verifyCredentials(db, "nobody@example.test", TEST_PASSWORD)).toBeNull();
  });

  it("pauses an account from one address after 5 failures — even for the right password — but never from another address", async () => {
    const { db } = use();
    const owner = await makeUser(db, "Paused Owner");
    for (let i = 0; i < 5; i++) expect(await signIn(db, owner.email, `guess-${i}`, "198.51.100.66")).toBe("wrong");
    const wait = await signIn(db, owner.email, TEST_PASSWORD, "198.51.100.66");
    expect(wait).toBeGreaterThan(50);
    expect(wait).toBeLessThanOrEqual(60);
    // The owner, from their own address, is not locked out by someone else's failures.
    expect(await signIn(db, owner.email, TEST_PASSWORD, "203.0.113.10")).toBe("ok");
    expect(await signIn(db, owner.email.toUpperCase(), "nope", "198.51.100.66")).toBeGreaterThan(0);
  });

  it("after a pause allows one try, and each failure doubles the pause, up to the cap", async () => {
    const { db } = use();
    const user = await makeUser(db, "Doubling");
    const ip = "198.51.100.77";
    for (let i = 0; i < 5; i++) await signIn(db, user.email, "wrong", ip);
    const waits: number[] = [];
    for (let round = 0; round < 8; round++) {
      await letPauseEnd(db, user.email, ip);
      expect(await signIn(db, user.email, "wrong", ip)).toBe("wrong");
      waits.push((await signIn(db, user.email, "wrong", ip)) as number);
    }
    expect(waits).toEqual([120, 240, 480, 960, 1920, 3600, 3600, 3600]);
    expect([1, 2, 3, 7, 99].map((n) => pauseSeconds(n, 3600))).toEqual([60, 120, 240, 3600, 3600]);

    // The right password after a pause signs in and forgets every failure.
    await letPauseEnd(db, user.email, ip);
    expect(await signIn(db, user.email, TEST_PASSWORD, ip)).toBe("ok");
    for (let i = 0; i < 4; i++) expect(await signIn(db, user.email, "wrong", ip)).toBe("wrong");
    expect(await signIn(db, user.email, TEST_PASSWORD, ip)).toBe("ok");
  });

  it("counts simultaneous guesses atomically: of 60 at once, at most 5 are checked", async () => {
    const { db } = use();
    const user = await makeUser(db, "Stormed");
    const ip = "198.51.100.88";
    let checked = 0;
    const outcomes = await Promise.all(
      Array.from({ length: 60 }, async (_, i) => {
        try {
          const attempt = await reserveSignInAttempt(db, limits, user.email, ip);
          checked++;
          const ok = await verifyCredentials(db, user.email, `guess-${i}`);
          await (ok ? attempt.succeeded() : attempt.failed());
          return "checked";
        } catch (error) {
          if (error instanceof RateLimitedError) return "refused";
          throw error;
        }
      }),
    );
    expect(checked).toBeLessThanOrEqual(5);
    expect(outcomes.filter((o) => o === "refused").length).toBeGreaterThanOrEqual(55);
    expect(await signIn(db, user.email, TEST_PASSWORD, ip)).toBeGreaterThan(0);
    expect(await signIn(db, user.email, TEST_PASSWORD, "203.0.113.11")).toBe("ok");
  });

  it("limits one address over all accounts; successes do not count, other addresses are unaffected", async () => {
    const { db } = use();
    const ip = "203.0.113.7";
    const member = await makeUser(db, "Office Worker");
    for (let i = 0; i < 10; i++) expect(await signIn(db, member.email, TEST_PASSWORD, ip)).toBe("ok");
    for (let i = 0; i < 20; i++) expect(await signIn(db, `spray${i}@example.test`, "guess", ip)).toBe("wrong");
    expect(await signIn(db, "fresh@example.test", "guess", ip)).toBeGreaterThan(14 * 60);
    expect(await signIn(db, member.email, TEST_PASSWORD, ip)).toBeGreaterThan(0);
    expect(await signIn(db, member.email, TEST_PASSWORD, "203.0.113.8")).toBe("ok");
  });

  it("counts an attempt that never reached the password check, and heals a count left without a pause", async () => {
    const { db } = use();
    const user = await makeUser(db, "Unsettled");
    const ip = "198.51.100.99";
    // Five reservations that never settle (a crash mid-check): the sixth pauses rather than lock forever.
    for (let i = 0; i < 5; i++) await reserveSignInAttempt(db, limits, user.email, ip);
    expect(await signIn(db, user.email, TEST_PASSWORD, ip)).toBe(60);
    await letPauseEnd(db, user.email, ip);
    expect(await signIn(db, user.email, TEST_PASSWORD, ip)).toBe("ok");
  });

  it("forgets an address's failures for an account once a new password is chosen", async () => {
    const { db } = use();
    const user = await makeUser(db, "Forgetful");
    const ip = "198.51.100.111";
    for (let i = 0; i < 5; i++) await signIn(db, user.email, "wrong", ip);
    expect(await signIn(db, user.email, TEST_PASSWORD, ip)).toBeGreaterThan(0);
    await forgetSignInFailures(db, limits, user.email, ip);
    expect(await signIn(db, user.email, TEST_PASSWORD, ip)).toBe("ok");
  });
});
