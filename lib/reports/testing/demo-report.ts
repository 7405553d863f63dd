/** The demo organisations on a fresh in-memory database, and a member's access to one — for report tests. */
import { resolveOrgAccess, type OrgAccess } from "@/lib/access/org-access";
import type { Action } from "@/lib/access/permissions";
import { seedDemo } from "@/lib/demo/seed-demo";
import { DEMO_ORGANISATION } from "@/lib/demo/demo-accounts";
import { openTestDatabase, type TestDatabase } from "@/lib/test-support/test-databases";

export async function openDemoDatabase(kind: "pglite" | "postgres" = "pglite"): Promise<TestDatabase> {
  const database = await openTestDatabase(kind);
  await seedDemo(database.db);
  return database;
}

export async function demoAccess(
  database: TestDatabase,
  email: string,
  action: Action = "results:read",
  slug: string = DEMO_ORGANISATION.slug,
): Promise<OrgAccess> {
  const user = await database.db.user.findUniqueOrThrow({ where: { email } });
  return resolveOrgAccess(database.db, { id: user.id, email: user.email, name: user.name }, slug, action);
}
