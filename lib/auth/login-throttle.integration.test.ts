import { expect, it } from "vitest";
import { RateLimitedError } from "@/lib/errors";
import { makeUser, TEST_PASSWORD } from "@/lib/test-support/fixtures";
import { describeOnEachDatabase } from "@/lib/test-support/test-databases";
import { verifyCredentials } from "@/lib/users/verify-credentials";
import { assertLoginAllowed, clearAccountFailures, recordLoginFailure } from "./login-throttle";

const limits = { perAccount: 3, perIp: 5 };

describeOnEachDatabase("sign-in and throttling", (use) => {
  it("answers the same for a wrong password and an unknown email", async () => {
    const { db } = use();
    const user = await makeUser(db, "Signer");
    expect(await verifyCredentials(db, user.email, TEST_PASSWORD)).toEqual(user);
    expect(await verifyCredentials(db, user.email.toUpperCase(), TEST_PASSWORD)).toEqual(user);
    expect(await verifyCredentials(db, user.email, "wrong-password")).toBeNull();
    expect(await verifyCredentials(db, "nobody@example.test", TEST_PASSWORD)).toBeNull();
  });

  it("blocks an account after its limit of failures, and a success before that forgives them", async () => {
    const { db } = use();
    const email = "throttled@example.test";
    await recordLoginFailure(db, limits, email, "198.51.100.1");
    await recordLoginFailure(db, limits, email, "198.51.100.2");
    await clearAccountFailures(db, limits, email);
    for (let i = 0; i < 3; i++) await recordLoginFailure(db, limits, email, `198.51.100.${10 + i}`);
    const error = await assertLoginAllowed(db, limits, email, "198.51.100.99").catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(RateLimitedError);
    expect((error as RateLimitedError).status).toBe(429);
    expect((error as RateLimitedError).retryAfterSeconds).toBeGreaterThan(14 * 60);
    await expect(assertLoginAllowed(db, limits, "someone.else@example.test", "198.51.100.99")).resolves.toBeUndefined();
  });

  it("blocks an IP that fails across many accounts", async () => {
    const { db } = use();
    for (let i = 0; i < 5; i++) await recordLoginFailure(db, limits, `spray${i}@example.test`, "203.0.113.7");
    await expect(assertLoginAllowed(db, limits, "fresh@example.test", "203.0.113.7")).rejects.toBeInstanceOf(RateLimitedError);
    await expect(assertLoginAllowed(db, limits, "fresh@example.test", "203.0.113.8")).resolves.toBeUndefined();
  });
});
