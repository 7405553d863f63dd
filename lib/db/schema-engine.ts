/**
 * Prisma's schema engine, loaded from its WebAssembly build, because the native engine cannot be
 * downloaded on the machines this project runs on (see README, "Migrations").
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";

const require = createRequire(import.meta.url);

type EngineModule = {
  __wbg_set_wasm(exports: WebAssembly.Exports): void;
  SchemaEngine: {
    new: (
      options: { datamodels: [string, string][] },
      log: (message: string) => void,
      factory: unknown,
    ) => Promise<SchemaEngine>;
  };
};

export type MigrationList = {
  baseDir: string;
  lockfile: { path: string; content: string | null };
  shadowDbInitScript: string;
  migrationDirectories: {
    path: string;
    migrationFile: { path: string; content: { tag: "ok"; value: string } };
  }[];
};

type Filters = { externalTables: string[]; externalEnums: string[] };

export type DiffTarget =
  | { tag: "empty" }
  | ({ tag: "migrations" } & MigrationList)
  | { tag: "schemaDatamodel"; files: { path: string; content: string }[] };

export interface SchemaEngine {
  diff(params: {
    from: DiffTarget;
    to: DiffTarget;
    script: boolean;
    shadowDatabaseUrl: null;
    exitCode: boolean;
    filters: Filters;
  }): Promise<{ exitCode: number; stdout: string | null }>;
  applyMigrations(input: {
    migrationsList: MigrationList;
    filters: Filters;
  }): Promise<{ appliedMigrationNames: string[] }>;
  diagnoseMigrationHistory(input: {
    migrationsList: MigrationList;
    optInToShadowDatabase: boolean;
    filters: Filters;
  }): Promise<{
    history: null | { diagnostic: string; [key: string]: unknown };
    failedMigrationNames: string[];
    editedMigrationNames: string[];
    hasMigrationsTable: boolean;
  }>;
  markMigrationRolledBack(input: { migrationName: string }): Promise<void>;
  free(): void;
}

export const NO_FILTERS: Filters = { externalTables: [], externalEnums: [] };

let engineModule: Promise<EngineModule> | undefined;

function loadEngineModule(): Promise<EngineModule> {
  engineModule ??= (async () => {
    const bg = require("@prisma/schema-engine-wasm/schema_engine_bg") as EngineModule;
    const wasmPath = path.join(
      path.dirname(require.resolve("@prisma/schema-engine-wasm/schema_engine_bg")),
      "schema_engine_bg.wasm",
    );
    const { instance } = await WebAssembly.instantiate(readFileSync(wasmPath), {
      "./schema_engine_bg.js": bg as never,
    });
    bg.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
    return bg;
  })();
  return engineModule;
}

/**
 * Opens the engine over a driver adapter. The engine's own `executeScript` paths are replaced by
 * `runScript` (the database client's multi-statement call): the stock adapters either do not await the
 * script (PGlite) or split it on every `;` (pg), which records failed migrations as applied or breaks
 * on string literals.
 */
export async function openSchemaEngine(options: {
  schema: { path: string; content: string };
  factory: SqlMigrationAwareDriverAdapterFactory;
  runScript: (script: string) => Promise<unknown>;
  log?: (message: string) => void;
}): Promise<SchemaEngine> {
  const bg = await loadEngineModule();
  const factory = withScriptRunner(options.factory, options.runScript);
  return bg.SchemaEngine.new(
    { datamodels: [[options.schema.path, options.schema.content]] },
    options.log ?? (() => {}),
    bindMigrationAwareSqlAdapterFactory(factory),
  );
}

function withScriptRunner(
  factory: SqlMigrationAwareDriverAdapterFactory,
  runScript: (script: string) => Promise<unknown>,
): SqlMigrationAwareDriverAdapterFactory {
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    async connect() {
      const adapter = await factory.connect();
      const onError = (adapter as unknown as { onError?: (e: unknown) => never }).onError?.bind(adapter);
      adapter.executeScript = async (script: string) => {
        try {
          await runScript(script);
        } catch (error) {
          if (onError) onError(error);
          throw error;
        }
      };
      return adapter;
    },
    connectToShadowDb: () => factory.connectToShadowDb(),
  };
}
