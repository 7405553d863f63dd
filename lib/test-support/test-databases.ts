/**
 * Integration tests run on both databases the app supports: an in-memory PGlite, and the PostgreSQL
 * server at 127.0.0.1:5432 (database `test`, one fresh schema per test file). Both are migrated with
 * the same migration runner the app uses.
 */
import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe } from "vitest";
import { type DatabaseTarget } from "@/lib/db/connection";
import { createClient } from "@/lib/db/create-client";
import { applyMigrations } from "@/lib/db/migrate";
import type { Db } from "@/lib/db/types";

export const TEST_POSTGRES_URL = process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";

async function postgresAnswers(): Promise<boolean> {
  const client = new pg.Client({ connectionString: TEST_POSTGRES_URL, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query("select 1");
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

export const postgresAvailable = await postgresAnswers();
const postgresRequired = process.env.CI === "true" || process.env.REQUIRE_POSTGRES === "1";
if (!postgresAvailable) {
  if (postgresRequired) throw new Error(`PostgreSQL does not answer at ${TEST_POSTGRES_URL}, and CI requires it.`);
  console.warn(
    `\n⚠ PostgreSQL does not answer at ${TEST_POSTGRES_URL}: the PostgreSQL half of the integration tests is SKIPPED.\n`,
  );
}

export type TestDatabase = { kind: "pglite" | "postgres"; db: Db; close: () => Promise<void> };

export async function openTestDatabase(kind: "pglite" | "postgres"): Promise<TestDatabase> {
  let target: DatabaseTarget;
  let dropSchema = async () => {};
  if (kind === "pglite") {
    target = { kind: "pglite", dataDir: "memory://" };
  } else {
    const schema = `it_${randomBytes(6).toString("hex")}`;
    const admin = new pg.Client({ connectionString: TEST_POSTGRES_URL });
    await admin.connect();
    await admin.query(`CREATE SCHEMA "${schema}"`);
    await admin.end();
    target = { kind: "postgres", url: TEST_POSTGRES_URL, poolSize: 4, connectTimeoutMs: 5000, schema };
    dropSchema = async () => {
      const client = new pg.Client({ connectionString: TEST_POSTGRES_URL });
      await client.connect();
      await client.query(`DROP SCHEMA "${schema}" CASCADE`);
      await client.end();
    };
  }
  const { db, database, close } = createClient(target);
  await applyMigrations(database);
  return {
    kind,
    db,
    close: async () => {
      await close();
      await dropSchema();
    },
  };
}

/** Declares the same suite on PGlite and on PostgreSQL; `use()` gives the current database. */
export function describeOnEachDatabase(name: string, suite: (use: () => TestDatabase) => void) {
  for (const kind of ["pglite", "postgres"] as const) {
    describe.skipIf(kind === "postgres" && !postgresAvailable)(`${name} [${kind}]`, () => {
      let current: TestDatabase | undefined;
      beforeAll(async () => {
        current = await openTestDatabase(kind);
      });
      afterAll(async () => {
        await current?.close();
      });
      suite(() => {
        if (!current) throw new Error("test database not open");
        return current;
      });
    });
  }
}
