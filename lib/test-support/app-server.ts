/**
 * The production build served as users run it, for tests and benchmarks through HTTP: a throwaway
 * PostgreSQL database (migrated), and `scripts/serve.mjs` on it (`npm run build` first). Nothing here
 * mocks the app: requests go through the same server, Next build and database a deployment uses.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { createServer } from "node:net";
import pg from "pg";
import { createClient } from "@/lib/db/create-client";
import { applyMigrations } from "@/lib/db/migrate";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { SERVER_NODE_FLAGS } from "@/lib/server/node-flags.mjs";

/** The PostgreSQL server throwaway databases are created on (its `postgres` database is only used to create them). */
export const SERVER_DATABASE_URL =
  process.env.BENCH_DATABASE_URL ?? process.env.HTTP_TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";

export type ThrowawayDatabase = { url: string; db: PrismaClient; close: () => Promise<void> };

/** A new database on the server, migrated; `close` drops it. */
export async function createThrowawayDatabase(
  serverUrl = SERVER_DATABASE_URL,
  prefix = "throughline_tmp",
): Promise<ThrowawayDatabase> {
  const name = `${prefix}_${randomBytes(4).toString("hex")}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const client = createClient({ kind: "postgres", url: url.toString(), poolSize: 8, connectTimeoutMs: 5000 });
  await applyMigrations(client.database);
  return {
    url: url.toString(),
    db: client.db,
    close: async () => {
      await client.close();
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    },
  };
}

/**
 * A port in [from, to] that nothing listens on now. Each vitest worker searches its own slice of the
 * range, so two test files running at once never pick the same port between probing and listening.
 */
export async function freePort(from = 3310, to = 3399): Promise<number> {
  const workers = Math.max(1, Number(process.env.VITEST_MAX_WORKERS ?? 4));
  const worker = Math.max(0, Number(process.env.VITEST_POOL_ID ?? 1) - 1) % workers;
  const slice = Math.floor((to - from + 1) / workers);
  const first = from + worker * slice;
  for (let port = first; port < first + slice; port++) {
    const free = await new Promise<boolean>((resolve) => {
      const probe = createServer();
      probe.once("error", () => resolve(false));
      probe.listen(port, "127.0.0.1", () => probe.close(() => resolve(true)));
    });
    if (free) return port;
  }
  throw new Error(`No free port from ${first} to ${first + slice - 1}.`);
}

export type AppServer = { origin: string; port: number; pid: number; stop: () => Promise<void> };

/**
 * Serves the production build with scripts/serve.mjs on the database, as a user would run it with
 * DATABASE_URL; `server: "next-start"` runs Next's own server instead (benchmarks compare the two).
 */
export async function startApp(
  databaseUrl: string,
  port: number,
  extraEnv: Record<string, string> = {},
  server: "serve" | "next-start" = "serve",
): Promise<AppServer> {
  if (!existsSync(".next/BUILD_ID")) throw new Error("No production build: run `npm run build` first.");
  const origin = `http://127.0.0.1:${port}`;
  const [command, args] =
    server === "serve"
      ? [process.execPath, [...SERVER_NODE_FLAGS, "scripts/serve.mjs", "-p", String(port), "-H", "127.0.0.1"]]
      : ["npx", ["next", "start", "-p", String(port), "-H", "127.0.0.1"]];
  const child: ChildProcess = spawn(command, args, {
    env: {
      ...process.env,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      DATABASE_URL: databaseUrl,
      NEXTAUTH_URL: origin,
      NEXTAUTH_SECRET: randomBytes(32).toString("hex"),
      ...extraEnv,
    },
    stdio: ["ignore", "pipe", "inherit"],
    // Its own process group, so stopping it stops anything it started.
    detached: true,
  });
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) process.kill(-child.pid!, "SIGTERM");
    await new Promise((resolve) =>
      child.exitCode === null && child.signalCode === null ? child.once("exit", resolve) : resolve(null),
    );
    for (let attempt = 0; attempt < 100; attempt++) {
      try {
        process.kill(-child.pid!, 0);
      } catch {
        return;
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    process.kill(-child.pid!, "SIGKILL");
  };
  // Only our own child saying it listens counts: another server answering on the port would not be ours.
  let listening = false;
  child.stdout!.on("data", (data: Buffer) => {
    if (data.toString().includes(" is listening on ")) listening = true;
  });
  child.stdout!.resume();
  for (let attempt = 0; attempt < 120; attempt++) {
    if (child.exitCode !== null) throw new Error(`The app exited with code ${child.exitCode} before it answered.`);
    try {
      if ((server === "next-start" || listening) && (await fetch(`${origin}/login`)).ok)
        return { origin, port, pid: child.pid!, stop };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  await stop();
  throw new Error("The app did not start within 60 s.");
}
