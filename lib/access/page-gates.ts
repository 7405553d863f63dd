/**
 * The gates for pages, each wrapping a page's render so no page checks access or catches errors by hand:
 *
 * - `orgPage(action, render)`: no session → sign-in (back to the requested page afterwards); not a member
 *   → 404; the role lacks `action` → 403; then `render(access, params, query)`.
 * - `orgLayout(render)`: the same for the organisation's layout (membership is all it needs).
 * - `userPage(render)`: a page for any signed-in user (no organisation).
 * - `publicPage(render, answers?)`: pages opened from a link, without a session.
 *
 * Every gate maps the app's error family (lib/errors.ts) thrown by its render the same way: 404 and 400
 * (an unknown id or key, a malformed one) → Next's 404 page; 403 → Next's 403 page; anything else goes on
 * to the error page. Next's own redirect/notFound/forbidden signals are not AppErrors and pass through.
 */
import "server-only";
import type { ReactNode } from "react";
import { headers } from "next/headers";
import { forbidden, notFound, redirect } from "next/navigation";
import { cache } from "react";
import { currentActor } from "./current-actor";
import { type Action, can } from "./permissions";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { badCharacters } from "@/lib/http/parse-input";
import type { OrgAccess, UserContext } from "./org-access";
import type { Actor } from "@/lib/auth/actor";
import { resolveOrgAccess } from "./org-access";

/** A page's query string as Next passes it: a name given twice arrives as an array. */
export type PageQuery = Record<string, string | string[] | undefined>;
type PageProps<P> = { params: Promise<P>; searchParams?: Promise<PageQuery> };
type OrgParams = { org: string };

/** The signed-in user, or a redirect to sign-in that comes back to the requested page (proxy.ts names it). */
async function pageUser(fallbackReturnPath: string): Promise<UserContext> {
  const actor = await currentActor();
  if (!actor) {
    const requested = (await headers()).get("x-return-path");
    redirect(`/login?callbackUrl=${encodeURIComponent(requested ?? fallbackReturnPath)}`);
  }
  return { db, actor };
}

/** Membership of an organisation, looked up once per request (the layout and the page both ask). */
const membershipAccess = cache((actor: Actor, orgSlug: string) =>
  resolveOrgAccess(db, actor, orgSlug, "organisation:read"),
);

/** A page's answer to an error of the family: Next's 404 or 403 page; anything else goes on to the error page. */
export function throwForPage(error: unknown): never {
  if (error instanceof AppError && (error.status === 404 || error.status === 400)) notFound();
  if (error instanceof AppError && error.status === 403) forbidden();
  throw error;
}

/** An address segment no id, key or token can be (a NUL, an unpaired surrogate) is a 404 before any lookup. */
function checkParams<P extends object>(params: P): P {
  for (const value of Object.values(params)) {
    if (typeof value === "string" && badCharacters(value)) notFound();
  }
  return params;
}

/** Runs a page's work, answering errors of the family as `throwForPage` does. */
async function answered<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throwForPage(error);
  }
}

/** Session, membership and permission for an organisation page: sign-in, 404 and 403 otherwise. */
async function organisationAccess(orgSlug: string, action: Action): Promise<OrgAccess> {
  const { actor } = await pageUser(`/orgs/${encodeURIComponent(orgSlug)}`);
  const access = await answered(() => membershipAccess(actor, orgSlug));
  if (!can(access.membership.role, action)) forbidden();
  return access;
}

/**
 * An organisation page: `export default orgPage("results:read", async (access, { org, wave }, query) => …)`.
 * Name the route's other parameters with the type argument: `orgPage<{ wave: string }>(…)`.
 */
export function orgPage<P extends object = object>(
  action: Action,
  render: (access: OrgAccess, params: OrgParams & P, query: PageQuery) => Promise<ReactNode> | ReactNode,
) {
  return async function OrganisationPage({ params, searchParams }: PageProps<OrgParams & P>): Promise<ReactNode> {
    const resolved = checkParams(await params);
    const access = await organisationAccess(resolved.org, action);
    const query = (await searchParams) ?? {};
    return answered(async () => render(access, resolved, query));
  };
}

/** The organisation's layout: the same gate (membership), its children passed through. */
export function orgLayout(render: (access: OrgAccess, children: ReactNode) => Promise<ReactNode> | ReactNode) {
  return async function OrganisationLayout({
    params,
    children,
  }: {
    params: Promise<OrgParams>;
    children: ReactNode;
  }): Promise<ReactNode> {
    const { org } = checkParams(await params);
    const access = await organisationAccess(org, "organisation:read");
    return answered(async () => render(access, children));
  };
}

/** A page for any signed-in user; `returnTo` is where sign-in leads back when the request does not say. */
export function userPage(
  returnTo: string,
  render: (user: UserContext, query: PageQuery) => Promise<ReactNode> | ReactNode,
) {
  return async function SignedInPage({ searchParams }: { searchParams?: Promise<PageQuery> }): Promise<ReactNode> {
    const user = await pageUser(returnTo);
    const query = (await searchParams) ?? {};
    return answered(async () => render(user, query));
  };
}

/**
 * A page opened from a link, without a session (a survey, a workshop, an invitation): errors of the family
 * are answered as on every page, except those `answers` renders itself by status (e.g. 410: "this survey
 * has closed", with the error's message).
 */
export function publicPage<P extends object>(
  render: (params: P, query: PageQuery) => Promise<ReactNode> | ReactNode,
  answers: Partial<Record<number, (error: AppError) => ReactNode>> = {},
) {
  return async function PublicPage({ params, searchParams }: PageProps<P>): Promise<ReactNode> {
    const resolved = checkParams(await params);
    const query = (await searchParams) ?? {};
    try {
      return await render(resolved, query);
    } catch (error) {
      const answer = error instanceof AppError ? answers[error.status] : undefined;
      if (answer) return answer(error as AppError);
      throwForPage(error);
    }
  };
}
