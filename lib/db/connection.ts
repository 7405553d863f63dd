/**
 * Opens the database the app runs on: PGlite (embedded, on disk) by default, a PostgreSQL server when
 * DATABASE_URL is set. On a server, nothing waits forever: connecting has a timeout, the server cancels
 * a statement past statement_timeout, and the app gives up on a query the server never answers (a frozen
 * server) after query_timeout. Every connection and query outcome tells lib/server/database-availability
 * whether the database answers, so requests meanwhile get 503 with Retry-After, and recovery needs no restart.
 */
import { mkdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import pg from "pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { setDatabaseUnavailable } from "@/lib/server/database-availability.mjs";
import { classifyDatabaseError } from "./database-error";

export type DatabaseTarget =
  | { kind: "pglite"; dataDir: string }
  | {
      kind: "postgres";
      url: string;
      poolSize: number;
      connectTimeoutMs: number;
      /** Server-side statement_timeout; unset for scripts (migrations may run long). */
      statementTimeoutMs?: number;
      /** Client-side: give up on a query with no answer after this; unset for scripts. */
      queryTimeoutMs?: number;
      schema?: string;
    };

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
  DB_STATEMENT_TIMEOUT_MS: number;
  DB_QUERY_TIMEOUT_MS: number;
}): DatabaseTarget {
  return env.DATABASE_URL
    ? {
        kind: "postgres",
        url: env.DATABASE_URL,
        poolSize: env.DB_POOL_SIZE,
        connectTimeoutMs: env.DB_CONNECT_TIMEOUT_MS,
        statementTimeoutMs: env.DB_STATEMENT_TIMEOUT_MS,
        queryTimeoutMs: env.DB_QUERY_TIMEOUT_MS,
      }
    : { kind: "pglite", dataDir: env.PGLITE_DIR };
}

/** An answer from the server (even a refusal such as a duplicate key) means it is up; only unreachability marks it down. */
function noteOutcome(error: unknown): void {
  if (!error) setDatabaseUnavailable(false);
  else if (classifyDatabaseError(error)?.kind === "unavailable") setDatabaseUnavailable(true);
  else setDatabaseUnavailable(false);
}

type Callback = (error: Error | null | undefined, ...rest: unknown[]) => void;

/** Runs pg's callback- or promise-style call, reporting how it ended. */
function observed(args: unknown[], call: (args: unknown[]) => unknown, onOutcome: (error: unknown) => void): unknown {
  const last = args.at(-1);
  if (typeof last === "function") {
    const callback = last as Callback;
    return call([
      ...args.slice(0, -1),
      (error: Error | null | undefined, ...rest: unknown[]) => (onOutcome(error), callback(error, ...rest)),
    ]);
  }
  const result = call(args);
  if (result instanceof Promise) result.then(() => onOutcome(null), onOutcome);
  return result;
}

class ObservedClient extends pg.Client {
  override query(...args: unknown[]): never {
    return observed(
      args,
      (a) => Reflect.apply(super.query, this, a),
      (error) => {
        noteOutcome(error);
        // A query the server never answered leaves the connection busy: drop it so the pool opens a fresh one.
        if (error instanceof Error && /Query read timeout/.test(error.message))
          (this as unknown as { connection?: { stream?: { destroy(): void } } }).connection?.stream?.destroy();
      },
    ) as never;
  }
}

class ObservedPool extends pg.Pool {
  override connect(...args: unknown[]): never {
    return observed(
      args,
      (a) => Reflect.apply(super.connect, this, a),
      (error) => error && noteOutcome(error),
    ) as never;
  }
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
  const pool = new ObservedPool({
    Client: ObservedClient,
    connectionString: target.url,
    max: target.poolSize,
    connectionTimeoutMillis: target.connectTimeoutMs,
    statement_timeout: target.statementTimeoutMs,
    query_timeout: target.queryTimeoutMs,
    idleTimeoutMillis: 30_000,
    options: target.schema ? `-c search_path="${target.schema}"` : undefined,
  });
  // An idle connection the server drops (restart, failover, admin kill) is reported here; without a
  // listener it would crash the process. The pool replaces it on the next query.
  pool.on("error", (error) => {
    noteOutcome(error);
    console.error(`Database connection lost: ${error.message}`);
  });
  return {
    target,
    factory: new PrismaPg(pool, target.schema ? { schema: target.schema } : undefined),
    runScript: (script) => pool.query(script),
    close: () => pool.end(),
  };
}
