/** The same gate for pages: no session → sign-in; not a member → 404; role lacks permission → 403. */
import "server-only";
import { headers } from "next/headers";
import { forbidden, notFound, redirect } from "next/navigation";
import { cache } from "react";
import { currentActor } from "@/lib/auth/current-actor";
import { type Action, can } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import type { Actor, OrgAccess, UserContext } from "@/lib/organisations/access";
import { resolveOrgAccess } from "@/lib/organisations/access";

export async function requirePageUser(returnTo: string): Promise<UserContext> {
  const actor = await currentActor();
  if (!actor) {
    const requested = (await headers()).get("x-return-path");
    redirect(`/login?callbackUrl=${encodeURIComponent(requested ?? returnTo)}`);
  }
  return { db, actor };
}

/** Membership of an organisation, looked up once per request (the layout and the page both ask). */
const membershipAccess = cache((actor: Actor, orgSlug: string) => resolveOrgAccess(db, actor, orgSlug, "organisation:read"));

export async function requireOrgPage(orgSlug: string, action: Action, returnTo: string): Promise<OrgAccess> {
  const { actor } = await requirePageUser(returnTo);
  let access: OrgAccess;
  try {
    access = await membershipAccess(actor, orgSlug);
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    if (error instanceof ForbiddenError) forbidden();
    throw error;
  }
  if (!can(access.membership.role, action)) forbidden();
  return access;
}
