/** Migration commands over the WebAssembly schema engine: apply, status, create, drift check. */
import { PGlite } from "@electric-sql/pglite";
import { PrismaPGlite } from "pglite-prisma-adapter";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import type { OpenDatabase } from "./connection";
import { readMigrationList, readSchema } from "./migrations";
import { NO_FILTERS, openSchemaEngine, type SchemaEngine } from "./schema-engine";

export class MigrationFailedError extends Error {
  constructor(
    public readonly migrationName: string,
    cause: unknown,
  ) {
    super(`Migration ${migrationName} failed and was rolled back: ${describe(cause)}`);
    this.name = "MigrationFailedError";
  }
}

function describe(error: unknown): string {
  if (error instanceof Error) return error.message;
  return typeof error === "string" ? error : JSON.stringify(error);
}

async function withEngine<T>(
  database: OpenDatabase,
  work: (engine: SchemaEngine) => Promise<T>,
  log?: (m: string) => void,
): Promise<T> {
  const engine = await openSchemaEngine({
    schema: readSchema(),
    factory: database.factory,
    runScript: database.runScript,
    log,
  });
  try {
    return await work(engine);
  } finally {
    engine.free();
  }
}

/**
 * Applies pending migrations. Each script runs as one implicit transaction, so a failing migration
 * leaves no trace in the schema; it is then marked rolled back (not applied) and reported.
 */
export async function applyMigrations(database: OpenDatabase, migrationsDir?: string): Promise<string[]> {
  const migrationsList = readMigrationList(migrationsDir);
  return withEngine(database, async (engine) => {
    try {
      const result = await engine.applyMigrations({ migrationsList, filters: NO_FILTERS });
      return result.appliedMigrationNames;
    } catch (error) {
      const diagnosis = await engine.diagnoseMigrationHistory({
        migrationsList,
        optInToShadowDatabase: false,
        filters: NO_FILTERS,
      });
      const failed = diagnosis.failedMigrationNames[0];
      if (!failed) throw error;
      await engine.markMigrationRolledBack({ migrationName: failed });
      throw new MigrationFailedError(failed, error);
    }
  });
}

export type MigrationStatus = {
  applied: string[];
  pending: string[];
  failed: string[];
  edited: string[];
  upToDate: boolean;
};

export async function migrationStatus(database: OpenDatabase, migrationsDir?: string): Promise<MigrationStatus> {
  const migrationsList = readMigrationList(migrationsDir);
  const all = migrationsList.migrationDirectories.map((dir) => dir.path);
  return withEngine(database, async (engine) => {
    const diagnosis = await engine.diagnoseMigrationHistory({
      migrationsList,
      optInToShadowDatabase: false,
      filters: NO_FILTERS,
    });
    const history = diagnosis.history as null | { diagnostic: string; unappliedMigrationNames?: string[] };
    const pending = !diagnosis.hasMigrationsTable ? all : (history?.unappliedMigrationNames ?? []);
    return {
      applied: all.filter((name) => !pending.includes(name)),
      pending,
      failed: diagnosis.failedMigrationNames,
      edited: diagnosis.editedMigrationNames,
      upToDate: pending.length === 0 && diagnosis.failedMigrationNames.length === 0 && history === null,
    };
  });
}

/**
 * SQL that takes the migrations folder to the schema, computed on a throwaway in-memory PGlite (its
 * adapter's shadow database is another in-memory PGlite; never a real server's database).
 */
export async function diffMigrationsToSchema(migrationsDir?: string): Promise<string> {
  const pglite = new PGlite("memory://");
  try {
    const factory = new PrismaPGlite(pglite) as unknown as SqlMigrationAwareDriverAdapterFactory;
    const schema = readSchema();
    const engine = await openSchemaEngine({ schema, factory, runScript: (script) => pglite.exec(script) });
    try {
      const result = await engine.diff({
        from: { tag: "migrations", ...readMigrationList(migrationsDir) },
        to: { tag: "schemaDatamodel", files: [{ path: schema.path, content: schema.content }] },
        script: true,
        shadowDatabaseUrl: null,
        exitCode: false,
        filters: NO_FILTERS,
      });
      return result.stdout ?? "";
    } finally {
      engine.free();
    }
  } finally {
    await pglite.close();
  }
}
