import { randomBytes } from "node:crypto";
import type { MemberRole } from "@/lib/access/roles";
import type { Db } from "@/lib/db/types";
import { acceptInvitation } from "@/lib/members/accept-invitation";
import { addMember } from "@/lib/members/add-member";
import { type OrgAccess, resolveOrgAccess } from "@/lib/access/org-access";
import type { Actor } from "@/lib/auth/actor";
import { createOrganisation } from "@/lib/organisations/create-organisation";
import { hashPassword } from "@/lib/auth/password";

let cachedHash: Promise<string> | undefined;
export const TEST_PASSWORD = "correct-horse-battery";

/** A user with a unique email and the test password. */
export async function makeUser(db: Db, name = "Test User"): Promise<Actor> {
  cachedHash ??= hashPassword(TEST_PASSWORD);
  const email = `${name.toLowerCase().replace(/\W+/g, ".")}.${randomBytes(4).toString("hex")}@example.test`;
  const user = await db.user.create({ data: { email, name, passwordHash: await cachedHash } });
  return { id: user.id, email: user.email, name: user.name };
}

/** A new organisation and its owner's access to it (the usual start of an integration test). */
export async function makeOwnedOrganisation(
  db: Db,
  organisationName: string,
  ownerName = "Consultant",
): Promise<OrgAccess> {
  const user = await makeUser(db, ownerName);
  const organisation = await createOrganisation({ db, actor: user }, { name: organisationName });
  return resolveOrgAccess(db, user, organisation.slug, "organisation:read");
}

/** Brings a user into the organisation the only way there is: invited by an owner, accepted with the link. */
export async function joinOrganisation(
  owner: OrgAccess,
  user: Actor,
  role: MemberRole,
  departmentIds: string[] = [],
): Promise<void> {
  const { token } = await addMember(owner, { email: user.email, role, departmentIds });
  await acceptInvitation(owner.db, user, token);
}
