/** The same gate for pages: no session → sign-in; not a member → 404; role lacks permission → 403. */
import "server-only";
import { headers } from "next/headers";
import { forbidden, notFound, redirect } from "next/navigation";
import { currentActor } from "@/lib/auth/current-actor";
import type { Action } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import type { OrgAccess, UserContext } from "@/lib/organisations/access";
import { resolveOrgAccess } from "@/lib/organisations/access";

export async function requirePageUser(returnTo: string): Promise<UserContext> {
  const actor = await currentActor();
  if (!actor) {
    const requested = (await headers()).get("x-return-path");
    redirect(`/login?callbackUrl=${encodeURIComponent(requested ?? returnTo)}`);
  }
  return { db, actor };
}

export async function requireOrgPage(orgSlug: string, action: Action, returnTo: string): Promise<OrgAccess> {
  const { actor } = await requirePageUser(returnTo);
  try {
    return await resolveOrgAccess(db, actor, orgSlug, action);
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    if (error instanceof ForbiddenError) forbidden();
    throw error;
  }
}
