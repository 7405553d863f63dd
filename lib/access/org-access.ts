/**
 * The one gate every organisation page and route goes through: session user → membership of the
 * organisation → permission. Not being a member answers 404, so other organisations' existence is
 * not revealed; being a member without the permission answers 403.
 */
import { type Action, can } from "./permissions";
import type { MemberRole } from "./roles";
import type { Actor } from "@/lib/auth/actor";
import type { Db } from "@/lib/db/types";
import { ForbiddenError, NotFoundError } from "@/lib/errors";

/** A signed-in user and the database, before any organisation is chosen. */
export type UserContext = { db: Db; actor: Actor };

export type OrgAccess = {
  db: Db;
  actor: Actor;
  organisation: { id: string; slug: string; name: string };
  membership: { id: string; role: MemberRole; departmentIds: string[] };
};

export async function resolveOrgAccess(db: Db, actor: Actor, orgSlug: string, action: Action): Promise<OrgAccess> {
  const membership = await db.membership.findFirst({
    where: { userId: actor.id, organisation: { slug: orgSlug } },
    include: { organisation: true, departments: { select: { departmentId: true } } },
  });
  if (!membership) throw new NotFoundError("Organisation");
  if (!can(membership.role, action)) throw new ForbiddenError();
  return {
    db,
    actor,
    organisation: {
      id: membership.organisation.id,
      slug: membership.organisation.slug,
      name: membership.organisation.name,
    },
    membership: {
      id: membership.id,
      role: membership.role,
      departmentIds: membership.departments.map((d) => d.departmentId),
    },
  };
}

export function assertCan(access: OrgAccess, action: Action): void {
  if (!can(access.membership.role, action)) throw new ForbiddenError();
}
