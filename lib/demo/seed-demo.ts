/**
 * Loads the demo: two organisations, one account per role, and Harbour Mutual's model (departments,
 * roles, stages, behaviours in every status, KPIs, processes, systems and the classic conflicts between
 * them) imported from harbour-mutual.model.json. Idempotent — an existing demo organisation is left as it is.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Db } from "@/lib/db/types";
import { importModel } from "@/lib/model/import-model";
import { grantDemoMembership } from "./grant-demo-membership";
import { seedDemoWaves } from "./seed-demo-waves";
import { seedDemoClip } from "./seed-demo-clip";
import { seedDemoObstacles } from "./seed-demo-obstacles";
import { parseEnv } from "@/lib/config/env";
import type { MediaStore } from "@/lib/media/media-store";
import { storeFor } from "@/lib/media/store-for";
import { describeModelError, validateModelText } from "@/lib/model/rules/validate-model";
import { createOrganisation } from "@/lib/organisations/create-organisation";
import { resolveOrgAccess } from "@/lib/access/org-access";
import type { Actor } from "@/lib/auth/actor";
import { hashPassword } from "@/lib/auth/password";
import { DEMO_ACCOUNTS, DEMO_ORGANISATION, DEMO_PASSWORD, SECOND_ORGANISATION } from "./demo-accounts";

function demoModel() {
  const result = validateModelText(
    readFileSync(path.join(path.dirname(fileURLToPath(import.meta.url)), "harbour-mutual.model.json"), "utf8"),
  );
  if (!result.ok) throw new Error(`The demo model is invalid: ${result.errors.map(describeModelError).join("; ")}`);
  return result.model;
}

export async function seedDemo(
  db: Db,
  store: MediaStore = storeFor(parseEnv(process.env)),
): Promise<{ created: boolean }> {
  if (await db.organisation.findUnique({ where: { slug: DEMO_ORGANISATION.slug } })) return { created: false };

  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const users = new Map<string, Actor>();
  for (const account of DEMO_ACCOUNTS) {
    const user = await db.user.upsert({
      where: { email: account.email },
      update: {},
      create: { email: account.email, name: account.name, passwordHash },
    });
    users.set(account.email, { id: user.id, email: user.email, name: user.name });
  }
  const consultant = users.get(DEMO_ACCOUNTS[0].email)!;
  const outsider = users.get("outsider@demo.throughline.test")!;

  const demo = await createOrganisation(
    { db, actor: consultant },
    { name: DEMO_ORGANISATION.name, industry: "insurance" },
  );
  const access = await resolveOrgAccess(db, consultant, demo.slug, "members:manage");
  await importModel(access, demoModel());
  const departmentIds = new Map(
    (await db.department.findMany({ where: { organisationId: demo.id } })).map((d) => [d.key, d.id]),
  );
  for (const account of DEMO_ACCOUNTS) {
    if (account.role === null || account.role === "owner") continue;
    await grantDemoMembership(
      access,
      users.get(account.email)!,
      account.role,
      account.role === "department_head" ? [departmentIds.get("contact")!] : [],
    );
  }

  await seedDemoWaves(await resolveOrgAccess(db, consultant, demo.slug, "diagnostic:manage"));
  await seedDemoClip(access, store);
  await seedDemoObstacles(access);

  const second = await createOrganisation(
    { db, actor: outsider },
    { name: SECOND_ORGANISATION.name, industry: "utilities" },
  );
  await db.department.create({ data: { organisationId: second.id, key: "field", name: "Field service" } });
  const secondAccess = await resolveOrgAccess(db, outsider, second.slug, "members:manage");
  await grantDemoMembership(secondAccess, consultant, "owner");
  return { created: true };
}
