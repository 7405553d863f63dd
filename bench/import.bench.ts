/**
 * Benchmark of importing a large model (issue: a 2,000-role, 20,000-behaviour model — time to validate
 * and to import) on the PostgreSQL server (BENCH_DATABASE_URL, default the local `test` database, in a
 * throwaway schema) and on an in-memory PGlite for comparison.
 *   npm run bench:import
 */
import { randomBytes } from "node:crypto";
import pg from "pg";
import type { DatabaseTarget } from "@/lib/db/connection";
import { createClient } from "@/lib/db/create-client";
import { applyMigrations } from "@/lib/db/migrate";
import { exportModel } from "@/lib/model/export-model";
import { importModel } from "@/lib/model/import-model";
import { validateModelText } from "@/lib/model/rules/validate-model";
import { createOrganisation } from "@/lib/organisations/create-organisation";
import { resolveOrgAccess } from "@/lib/access/org-access";
import { generateModel } from "./generate-model";

const url = process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";

async function run(label: string, target: DatabaseTarget, text: string) {
  const { db, database, close } = createClient(target);
  try {
    await applyMigrations(database);
    const user = await db.user.create({
      data: { email: `bench-${randomBytes(4).toString("hex")}@example.test`, name: "Bench", passwordHash: "x" },
    });
    const actor = { id: user.id, email: user.email, name: user.name };
    const organisation = await createOrganisation({ db, actor }, { name: "Benchmark" });
    const access = await resolveOrgAccess(db, actor, organisation.slug, "model:edit");

    let started = performance.now();
    const validation = validateModelText(text);
    const validateMs = performance.now() - started;
    if (!validation.ok) throw new Error("generated model is invalid");

    started = performance.now();
    const summary = await importModel(access, validation.model);
    const importMs = performance.now() - started;

    started = performance.now();
    await importModel(access, validation.model);
    const reimportMs = performance.now() - started;

    started = performance.now();
    const exported = await exportModel(access);
    const exportMs = performance.now() - started;
    console.log(
      `${label.padEnd(10)} validate ${validateMs.toFixed(0).padStart(6)} ms   import ${importMs.toFixed(0).padStart(6)} ms   re-import (replace) ${reimportMs.toFixed(0).padStart(6)} ms   export ${exportMs.toFixed(0).padStart(6)} ms   (${summary.roles} roles, ${summary.behaviours} behaviours, ${summary.influences} influences; exported ${exported.behaviours.length})`,
    );
  } finally {
    await close();
  }
}

async function main() {
  // 2,000 roles and 20,000 behaviours (with 5,000 KPIs and 100,000 influences) — the analysis benchmark's 1×.
  const model = generateModel(1);
  const text = JSON.stringify(model, null, 2);
  console.log(`Model file: ${(text.length / 1e6).toFixed(1)} MB`);
  const schema = `bench_${randomBytes(4).toString("hex")}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${schema}`);
  try {
    await run("postgres", { kind: "postgres", url, poolSize: 4, connectTimeoutMs: 5000, schema }, text);
  } finally {
    await admin.query(`DROP SCHEMA ${schema} CASCADE`);
    await admin.end();
  }
  await run("pglite", { kind: "pglite", dataDir: "memory://" }, text);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
