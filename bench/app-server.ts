/**
 * For benchmarks through HTTP: a throwaway PostgreSQL database and the production build served on it
 * (lib/test-support/app-server.ts, shared with the HTTP tests), and the benchmark's organisation.
 */
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { createOrganisation } from "@/lib/organisations/create-organisation";
import { type OrgAccess, resolveOrgAccess } from "@/lib/access/org-access";
import {
  type AppServer,
  createThrowawayDatabase,
  startApp as startServer,
  type ThrowawayDatabase,
} from "@/lib/test-support/app-server";
import { hashPassword } from "@/lib/auth/password";

/** The built app on the database: scripts/serve.mjs, or Next's own server with BENCH_SERVER=next-start (to compare them). */
export const startApp = (
  databaseUrl: string,
  port: number,
  extraEnv: Record<string, string> = {},
): Promise<AppServer> =>
  startServer(databaseUrl, port, extraEnv, process.env.BENCH_SERVER === "next-start" ? "next-start" : "serve");

export type BenchDatabase = ThrowawayDatabase;

export const createBenchDatabase = (): Promise<BenchDatabase> =>
  createThrowawayDatabase(undefined, "throughline_bench");

export const BENCH_PASSWORD = "bench-password-1";

/** The benchmark's organisation and its owner (who can sign in with BENCH_PASSWORD). */
export async function createBenchOrganisation(
  db: PrismaClient,
): Promise<{ email: string; slug: string; access: OrgAccess }> {
  const user = await db.user.create({
    data: { email: "bench@example.test", name: "Bench", passwordHash: await hashPassword(BENCH_PASSWORD) },
  });
  const actor = { id: user.id, email: user.email, name: user.name };
  const organisation = await createOrganisation({ db, actor }, { name: "Bench" });
  return {
    email: user.email,
    slug: organisation.slug,
    access: await resolveOrgAccess(db, actor, organisation.slug, "organisation:read"),
  };
}
