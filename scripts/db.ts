/**
 * Database migrations without Prisma's native engine (see README, "Migrations").
 *   apply            apply pending migrations to the configured database
 *   status           list applied / pending / failed migrations (exit 1 unless up to date)
 *   create <name>    write prisma/migrations/<timestamp>_<name>/migration.sql from the schema
 *   check            exit 1 if the schema and the migrations disagree (drift)
 */
import { mkdirSync, writeFileSync, existsSync } from "node:fs";
import path from "node:path";
import { loadEnv } from "../lib/config/load-env";
import { openDatabase, targetFromEnv } from "../lib/db/connection";
import { applyMigrations, diffMigrationsToSchema, migrationStatus } from "../lib/db/migrate";
import { LOCKFILE_CONTENT, MIGRATIONS_DIR } from "../lib/db/migrations";

function describeTarget(target: ReturnType<typeof targetFromEnv>) {
  return target.kind === "pglite" ? `PGlite at ${target.dataDir}` : `PostgreSQL at ${new URL(target.url).host}`;
}

async function withDatabase<T>(work: (db: ReturnType<typeof openDatabase>) => Promise<T>): Promise<T> {
  // A migration may rightly run longer than the app's statement timeout allows a request.
  const target = targetFromEnv(loadEnv());
  const database = openDatabase(
    target.kind === "postgres" ? { ...target, statementTimeoutMs: undefined, queryTimeoutMs: undefined } : target,
  );
  try {
    return await work(database);
  } finally {
    await database.close();
  }
}

const isEmptyDiff = (sql: string) => sql.trim() === "" || /^-- This is an empty migration\.?\s*$/.test(sql.trim());

async function main(command: string | undefined, args: string[]): Promise<number> {
  switch (command) {
    case "apply":
      return withDatabase(async (database) => {
        const applied = await applyMigrations(database);
        console.log(
          applied.length
            ? `Applied ${applied.length} migration(s) to ${describeTarget(database.target)}: ${applied.join(", ")}`
            : `${describeTarget(database.target)} is up to date.`,
        );
        return 0;
      });
    case "status":
      return withDatabase(async (database) => {
        const status = await migrationStatus(database);
        console.log(`Database: ${describeTarget(database.target)}`);
        console.log(
          `Applied: ${status.applied.length}  Pending: ${status.pending.join(", ") || "none"}  Failed: ${status.failed.join(", ") || "none"}  Edited: ${status.edited.join(", ") || "none"}`,
        );
        return status.upToDate ? 0 : 1;
      });
    case "create": {
      const name = (args[0] ?? "")
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, "_")
        .replace(/^_|_$/g, "");
      if (!name) throw new Error("usage: npm run db:create-migration -- <name>");
      const sql = await diffMigrationsToSchema();
      if (isEmptyDiff(sql)) {
        console.log("The migrations already match the schema; nothing to create.");
        return 0;
      }
      const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
      const dir = path.join(MIGRATIONS_DIR, `${stamp}_${name}`);
      mkdirSync(dir, { recursive: true });
      writeFileSync(path.join(dir, "migration.sql"), sql);
      const lockPath = path.join(MIGRATIONS_DIR, "migration_lock.toml");
      if (!existsSync(lockPath)) writeFileSync(lockPath, LOCKFILE_CONTENT);
      console.log(`Created ${path.relative(process.cwd(), dir)}/migration.sql`);
      return 0;
    }
    case "check": {
      const sql = await diffMigrationsToSchema();
      if (isEmptyDiff(sql)) {
        console.log("Schema and migrations agree.");
        return 0;
      }
      console.error(
        "Drift: prisma/schema.prisma differs from prisma/migrations. Run `npm run db:create-migration -- <name>`. Missing SQL:\n" +
          sql,
      );
      return 1;
    }
    default:
      console.error("usage: tsx scripts/db.ts apply|status|create <name>|check");
      return 2;
  }
}

main(process.argv[2], process.argv.slice(3)).then(
  (code) => process.exit(code),
  (error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
