/**
 * Loads the demo: two organisations, a department tree, and one account per role. Idempotent — an
 * existing demo organisation is left as it is.
 */
import type { Db } from "@/lib/db/types";
import { addMember } from "@/lib/members/add-member";
import { createOrganisation } from "@/lib/organisations/create-organisation";
import { resolveOrgAccess, type Actor } from "@/lib/organisations/access";
import { hashPassword } from "@/lib/users/password";
import { DEMO_ACCOUNTS, DEMO_ORGANISATION, DEMO_PASSWORD, SECOND_ORGANISATION } from "./demo-accounts";

const DEMO_DEPARTMENTS = [
  { key: "service", name: "Customer service", parent: null },
  { key: "contact", name: "Contact centre", parent: "service" },
  { key: "claims", name: "Claims", parent: null },
  { key: "logistics", name: "Logistics", parent: null },
  { key: "billing", name: "Billing and accounts", parent: null },
  { key: "marketing", name: "Marketing", parent: null },
  { key: "it", name: "IT", parent: null },
] as const;

export async function seedDemo(db: Db): Promise<{ created: boolean }> {
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

  const demo = await createOrganisation({ db, actor: consultant }, { name: DEMO_ORGANISATION.name });
  const departmentIds = new Map<string, string>();
  for (const department of DEMO_DEPARTMENTS) {
    const created = await db.department.create({
      data: {
        organisationId: demo.id,
        key: department.key,
        name: department.name,
        parentId: department.parent ? departmentIds.get(department.parent) : null,
      },
    });
    departmentIds.set(department.key, created.id);
  }
  const access = await resolveOrgAccess(db, consultant, demo.slug, "members:manage");
  for (const account of DEMO_ACCOUNTS) {
    if (account.role === null || account.role === "owner") continue;
    await addMember(access, {
      email: account.email,
      role: account.role,
      departmentIds: account.role === "department_head" ? [departmentIds.get("contact")!] : [],
    });
  }

  const second = await createOrganisation({ db, actor: outsider }, { name: SECOND_ORGANISATION.name });
  await db.department.create({ data: { organisationId: second.id, key: "field", name: "Field service" } });
  const secondAccess = await resolveOrgAccess(db, outsider, second.slug, "members:manage");
  await addMember(secondAccess, { email: consultant.email, role: "owner", departmentIds: [] });
  return { created: true };
}
