import { describe, expect, it } from "vitest";
import type { ServiceUnavailableError } from "@/lib/errors";
import { refusal } from "@/lib/test-support/expectations";
import { describeOnEachDatabase } from "@/lib/test-support/test-databases";
import { checkHealth } from "./check-health";
import { createClient } from "./create-client";

describeOnEachDatabase("the health check", (use) => {
  it("says ok when the database answers", async () => {
    await expect(checkHealth(use().db)).resolves.toEqual({ status: "ok" });
  });
});

describe("the health check without a database", () => {
  it("answers 503 when nothing listens where the database should be", async () => {
    const { db, close } = createClient({
      kind: "postgres",
      url: "postgres://app@127.0.0.1:1/throughline",
      poolSize: 1,
      connectTimeoutMs: 500,
    });
    const error = await refusal(checkHealth(db));
    expect([error.status, error.title, (error as ServiceUnavailableError).retryAfterSeconds]).toEqual([
      503,
      "Service unavailable",
      5,
    ]);
    await close();
  });
});
