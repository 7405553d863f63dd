/**
 * Opens the database the app runs on: PGlite (embedded, on disk) by default, a PostgreSQL server when
 * DATABASE_URL is set. The pool has an explicit size and connection timeout so a dead server gives a
 * fast error instead of a hang.
 */
import { mkdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import pg from "pg";
import { PrismaPGlite } from "pglite-prisma-adapter";

export type DatabaseTarget =
  | { kind: "pglite"; dataDir: string }
  | { kind: "postgres"; url: string; poolSize: number; connectTimeoutMs: number; schema?: string };

export type OpenDatabase = {
  target: DatabaseTarget;
  factory: SqlMigrationAwareDriverAdapterFactory;
  /** Runs a multi-statement script in one round trip (one implicit transaction). */
  runScript: (script: string) => Promise<unknown>;
  close: () => Promise<void>;
};

export function targetFromEnv(env: {
  DATABASE_URL?: string;
  PGLITE_DIR: string;
  DB_POOL_SIZE: number;
  DB_CONNECT_TIMEOUT_MS: number;
}): DatabaseTarget {
  return env.DATABASE_URL
    ? { kind: "postgres", url: env.DATABASE_URL, poolSize: env.DB_POOL_SIZE, connectTimeoutMs: env.DB_CONNECT_TIMEOUT_MS }
    : { kind: "pglite", dataDir: env.PGLITE_DIR };
}

export function openDatabase(target: DatabaseTarget): OpenDatabase {
  if (target.kind === "pglite") {
    if (!target.dataDir.startsWith("memory://")) mkdirSync(target.dataDir, { recursive: true });
    const pglite = new PGlite(target.dataDir);
    return {
      target,
      factory: new PrismaPGlite(pglite) as unknown as SqlMigrationAwareDriverAdapterFactory,
      runScript: (script) => pglite.exec(script),
      close: () => pglite.close(),
    };
  }
  const pool = new pg.Pool({
    connectionString: target.url,
    max: target.poolSize,
    connectionTimeoutMillis: target.connectTimeoutMs,
    idleTimeoutMillis: 30_000,
    options: target.schema ? `-c search_path="${target.schema}"` : undefined,
  });
  // An idle connection the server drops (restart, failover, admin kill) is reported here; without a
  // listener it would crash the process. The pool replaces it on the next query.
  pool.on("error", (error) => console.error(`Database connection lost: ${error.message}`));
  return {
    target,
    factory: new PrismaPg(pool, target.schema ? { schema: target.schema } : undefined),
    runScript: (script) => pool.query(script),
    close: () => pool.end(),
  };
}
