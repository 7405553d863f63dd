import { describe, expect, it } from "vitest";
import { RateLimitedError } from "@/lib/errors";
import { throttleRespondent } from "./respondent-throttle";

describe("the respondent throttle", () => {
  it("refuses an IP past its budget with a 429 that says when to come back, and leaves other IPs alone", async () => {
    for (let i = 0; i < 3; i++) await throttleRespondent("203.0.113.7", 3);
    const refused = await throttleRespondent("203.0.113.7", 3).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(RateLimitedError);
    expect((refused as RateLimitedError).status).toBe(429);
    expect((refused as RateLimitedError).retryAfterSeconds).toBeGreaterThan(500);
    await expect(throttleRespondent("203.0.113.8", 3)).resolves.toBeUndefined();
  });
});
