import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterEach, describe, expect, it } from "vitest";
import { postgresAvailable, TEST_POSTGRES_URL } from "@/lib/test-support/test-databases";
import { type DatabaseTarget, openDatabase, type OpenDatabase } from "./connection";
import { applyMigrations, MigrationFailedError, migrationStatus } from "./migrate";
import { MIGRATIONS_DIR, readMigrationList } from "./migrations";

function migrationsFolder(migrations: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), "tl-migrations-"));
  writeFileSync(path.join(dir, "migration_lock.toml"), 'provider = "postgresql"\n');
  for (const [name, sql] of Object.entries(migrations)) {
    mkdirSync(path.join(dir, name));
    writeFileSync(path.join(dir, name, "migration.sql"), sql);
  }
  return dir;
}

async function query(database: OpenDatabase, sql: string): Promise<Record<string, unknown>[]> {
  const result = (await database.runScript(sql)) as
    { rows?: Record<string, unknown>[] } | { rows?: Record<string, unknown>[] }[];
  return (Array.isArray(result) ? result.at(-1)?.rows : result.rows) ?? [];
}

const targets: [string, () => Promise<{ target: DatabaseTarget; cleanup: () => Promise<void> }>][] = [
  ["pglite", async () => ({ target: { kind: "pglite", dataDir: "memory://" }, cleanup: async () => {} })],
  [
    "postgres",
    async () => {
      const schema = `mig_${Math.random().toString(36).slice(2, 10)}`;
      const admin = new pg.Client({ connectionString: TEST_POSTGRES_URL });
      await admin.connect();
      await admin.query(`CREATE SCHEMA ${schema}`);
      await admin.end();
      return {
        target: { kind: "postgres", url: TEST_POSTGRES_URL, poolSize: 2, connectTimeoutMs: 3000, schema },
        cleanup: async () => {
          const client = new pg.Client({ connectionString: TEST_POSTGRES_URL });
          await client.connect();
          await client.query(`DROP SCHEMA ${schema} CASCADE`);
          await client.end();
        },
      };
    },
  ],
];

for (const [kind, makeTarget] of targets) {
  describe.skipIf(kind === "postgres" && !postgresAvailable)(`migrations [${kind}]`, () => {
    let database: OpenDatabase | undefined;
    let cleanup = async () => {};
    async function open() {
      const made = await makeTarget();
      cleanup = made.cleanup;
      database = openDatabase(made.target);
      return database;
    }
    afterEach(async () => {
      await database?.close();
      await cleanup();
      database = undefined;
    });

    it("applies the project's migrations once, records them as Prisma does, and reports up to date", async () => {
      const db = await open();
      const first = await applyMigrations(db);
      expect(first).toEqual(readMigrationList().migrationDirectories.map((d) => d.path));
      expect(await applyMigrations(db)).toEqual([]);
      const status = await migrationStatus(db);
      expect(status).toMatchObject({ pending: [], failed: [], upToDate: true });
      const rows = await query(
        db,
        `SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations" ORDER BY migration_name`,
      );
      const firstName = first[0]!;
      const sql = readFileSync(path.join(MIGRATIONS_DIR, firstName, "migration.sql"));
      expect(rows[0]).toMatchObject({
        migration_name: firstName,
        checksum: createHash("sha256").update(sql).digest("hex"),
        rolled_back_at: null,
      });
      expect(rows[0]!.finished_at).not.toBeNull();
    });

    it("lists pending migrations before they are applied", async () => {
      const db = await open();
      const status = await migrationStatus(db);
      expect(status.upToDate).toBe(false);
      expect(status.pending.length).toBeGreaterThan(0);
    });

    it("rolls a failing migration back, marks it rolled back (not applied), and applies its fixed version later", async () => {
      const db = await open();
      const dir = migrationsFolder({
        "001_ok": `CREATE TABLE "Ok" (id int primary key);`,
        "002_broken": `CREATE TABLE "Half" (id int primary key);\nINSERT INTO "Missing" VALUES (1);`,
      });
      const failure = await applyMigrations(db, dir).catch((error: unknown) => error);
      expect(failure).toBeInstanceOf(MigrationFailedError);
      expect((failure as MigrationFailedError).migrationName).toBe("002_broken");
      // Nothing of the failed script remains…
      expect(await query(db, `SELECT to_regclass('"Half"')::text AS t`)).toEqual([{ t: null }]);
      // …and it is recorded as rolled back, never as finished.
      const rows = await query(
        db,
        `SELECT migration_name, finished_at, rolled_back_at FROM "_prisma_migrations" ORDER BY migration_name`,
      );
      expect(rows.map((r) => [r.migration_name, r.finished_at !== null, r.rolled_back_at !== null])).toEqual([
        ["001_ok", true, false],
        ["002_broken", false, true],
      ]);

      writeFileSync(path.join(dir, "002_broken", "migration.sql"), `CREATE TABLE "Half" (id int primary key);`);
      expect(await applyMigrations(db, dir)).toEqual(["002_broken"]);
      expect(await query(db, `SELECT to_regclass('"Half"')::text AS t`)).toEqual([{ t: '"Half"' }]);
    });

    it("keeps literals with semicolons and dollar-quoted bodies intact", async () => {
      const db = await open();
      const dir = migrationsFolder({
        "001_tricky": `CREATE TABLE "Note" (body text);\nINSERT INTO "Note" VALUES ('a;b');\nCREATE FUNCTION one() RETURNS int AS $$ SELECT 1; $$ LANGUAGE sql;`,
      });
      await applyMigrations(db, dir);
      expect(await query(db, `SELECT body FROM "Note"`)).toEqual([{ body: "a;b" }]);
    });
  });
}
