/**
 * For benchmarks through HTTP: a throwaway PostgreSQL database (migrated) and the production build
 * (`npm run build` first) served on it, as a user would run it with DATABASE_URL.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import pg from "pg";
import { createClient } from "@/lib/db/create-client";
import { applyMigrations } from "@/lib/db/migrate";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { createOrganisation } from "@/lib/organisations/create-organisation";
import { type OrgAccess, resolveOrgAccess } from "@/lib/organisations/access";
import { hashPassword } from "@/lib/users/password";

const serverUrl = process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";

export type BenchDatabase = { url: string; db: PrismaClient; close: () => Promise<void> };

export async function createBenchDatabase(): Promise<BenchDatabase> {
  const name = `throughline_bench_${randomBytes(4).toString("hex")}`;
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

export type BenchServer = { origin: string; stop: () => Promise<void> };

export async function startApp(databaseUrl: string, port: number, extraEnv: Record<string, string> = {}): Promise<BenchServer> {
  if (!existsSync(".next/BUILD_ID")) throw new Error("No production build: run `npm run build` first.");
  const origin = `http://127.0.0.1:${port}`;
  const child: ChildProcess = spawn("npx", ["next", "start", "-p", String(port), "-H", "127.0.0.1"], {
    env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1", DATABASE_URL: databaseUrl, NEXTAUTH_URL: origin, NEXTAUTH_SECRET: randomBytes(32).toString("hex"), ...extraEnv },
    stdio: ["ignore", "ignore", "inherit"],
    detached: true,
  });
  const stop = async () => {
    if (child.exitCode === null) process.kill(-child.pid!, "SIGTERM");
    await new Promise((resolve) => (child.exitCode === null ? child.once("exit", resolve) : resolve(null)));
    // npx exits before the server it started: wait until no process of the group is left.
    for (let attempt = 0; attempt < 100; attempt++) {
      try {
        process.kill(-child.pid!, 0);
      } catch {
        return;
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  };
  for (let attempt = 0; attempt < 120; attempt++) {
    try {
      if ((await fetch(`${origin}/login`)).ok) return { origin, stop };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  await stop();
  throw new Error("The app did not start within 60 s.");
}

export const BENCH_PASSWORD = "bench-password-1";

/** The benchmark's organisation and its owner (who can sign in with BENCH_PASSWORD). */
export async function createBenchOrganisation(db: PrismaClient): Promise<{ email: string; slug: string; access: OrgAccess }> {
  const user = await db.user.create({ data: { email: "bench@example.test", name: "Bench", passwordHash: await hashPassword(BENCH_PASSWORD) } });
  const actor = { id: user.id, email: user.email, name: user.name };
  const organisation = await createOrganisation({ db, actor }, { name: "Bench" });
  return { email: user.email, slug: organisation.slug, access: await resolveOrgAccess(db, actor, organisation.slug, "organisation:read") };
}
