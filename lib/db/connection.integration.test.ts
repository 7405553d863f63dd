import { createServer, type Server } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isDatabaseUnavailable } from "@/lib/server/database-availability.mjs";
import { postgresAvailable, TEST_POSTGRES_URL } from "@/lib/test-support/test-databases";
import { openDatabase } from "./connection";
import { classifyDatabaseError } from "./database-error";

/** A TCP server that accepts connections and never answers: a database that hangs. */
let silent: Server;
let port = 0;

beforeAll(async () => {
  silent = createServer(() => {});
  await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
  port = (silent.address() as { port: number }).port;
});

afterAll(async () => {
  await new Promise((resolve) => silent.close(resolve));
});

describe("a database that does not answer", () => {
  it("fails within the connection timeout instead of hanging", async () => {
    const database = openDatabase({
      kind: "postgres",
      url: `postgres://app@127.0.0.1:${port}/throughline`,
      poolSize: 2,
      connectTimeoutMs: 400,
    });
    const started = performance.now();
    await expect(database.runScript("select 1")).rejects.toThrow(/timeout/i);
    expect(performance.now() - started).toBeLessThan(3000);
    await database.close();
  });

  it("fails at once when nothing listens", async () => {
    silent.close();
    const database = openDatabase({
      kind: "postgres",
      url: `postgres://app@127.0.0.1:${port}/throughline`,
      poolSize: 2,
      connectTimeoutMs: 5000,
    });
    await expect(database.runScript("select 1")).rejects.toThrow(/ECONNREFUSED/);
    await database.close();
    silent = createServer(() => {});
    await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
  });
});

describe.skipIf(!postgresAvailable)("a statement that runs too long", () => {
  it("is cancelled by the server after the statement timeout, and the database is marked unavailable until the next answer", async () => {
    const database = openDatabase({
      kind: "postgres",
      url: TEST_POSTGRES_URL,
      poolSize: 1,
      connectTimeoutMs: 2000,
      statementTimeoutMs: 200,
      queryTimeoutMs: 1000,
    });
    const started = performance.now();
    const error = await database.runScript("SELECT pg_sleep(3)").then(
      () => null,
      (e: unknown) => e,
    );
    expect(performance.now() - started).toBeLessThan(900);
    expect(classifyDatabaseError(error)).toEqual({ kind: "unavailable" });
    expect((error as { code?: string }).code).toBe("57014");
    expect(isDatabaseUnavailable()).toBe(true);
    await database.runScript("SELECT 1");
    expect(isDatabaseUnavailable()).toBe(false);
    await database.close();
  });
});
