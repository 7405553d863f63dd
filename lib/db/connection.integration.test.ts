import { createServer, type Server } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "./connection";

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
    const database = openDatabase({ kind: "postgres", url: `postgres://app@127.0.0.1:${port}/throughline`, poolSize: 2, connectTimeoutMs: 400 });
    const started = performance.now();
    await expect(database.runScript("select 1")).rejects.toThrow(/timeout/i);
    expect(performance.now() - started).toBeLessThan(3000);
    await database.close();
  });

  it("fails at once when nothing listens", async () => {
    silent.close();
    const database = openDatabase({ kind: "postgres", url: `postgres://app@127.0.0.1:${port}/throughline`, poolSize: 2, connectTimeoutMs: 5000 });
    await expect(database.runScript("select 1")).rejects.toThrow(/ECONNREFUSED/);
    await database.close();
    silent = createServer(() => {});
    await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
  });
});
