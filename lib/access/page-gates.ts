/**
 * The same gate for pages: no session → sign-in; not a member → 404; role lacks permission → 403. Pages
 * load their data through `pageData`, which maps the error family the same way (an unknown key → 404).
 */
import "server-only";
import { headers } from "next/headers";
import { forbidden, notFound, redirect } from "next/navigation";
import { cache } from "react";
import { currentActor } from "./current-actor";
import { type Action, can } from "./permissions";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { OrgAccess, UserContext } from "./org-access";
import type { Actor } from "@/lib/auth/actor";
import { resolveOrgAccess } from "./org-access";

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

/** A page's answer to an error of the family: Next's 404 or 403 page; anything else goes on to the error page. */
function throwForPage(error: unknown): never {
  if (error instanceof AppError && (error.status === 404 || error.status === 400)) notFound();
  if (error instanceof AppError && error.status === 403) forbidden();
  throw error;
}

/** What a page loads: `await pageData(getBehaviour(access, key))` — an unknown key is a 404 page, not a 500. */
export function pageData<T>(work: Promise<T>): Promise<T> {
  return work.catch(throwForPage);
}

export async function requireOrgPage(orgSlug: string, action: Action, returnTo: string): Promise<OrgAccess> {
  const { actor } = await requirePageUser(returnTo);
  const access = await pageData(membershipAccess(actor, orgSlug));
  if (!can(access.membership.role, action)) forbidden();
  return access;
}
