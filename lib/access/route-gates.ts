/**
 * Wrappers every route handler goes through: same-origin check for state changes, session, organisation
 * membership and permission, one mapping of errors to problem+json, and no caching of any answer.
 */
import "server-only";
import type { Action } from "./permissions";
import { requireActor } from "./current-actor";
import { env } from "@/lib/config/server-env";
import { db } from "@/lib/db/client";
import type { Db } from "@/lib/db/types";
import type { OrgAccess, UserContext } from "./org-access";
import { resolveOrgAccess } from "./org-access";
import { organisationWritten } from "./organisation-writes";
import { noStore } from "@/lib/http/no-store";
import { problemResponse } from "@/lib/http/problem";
import { assertSameOrigin } from "@/lib/http/same-origin";

type RouteContext<P> = { params: Promise<P> };
const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

function respond(result: unknown, status = 200): Response {
  if (result instanceof Response) return noStore(result);
  if (result === undefined) return noStore(new Response(null, { status: 204 }));
  return noStore(Response.json(result, { status }));
}

/** A route for any signed-in user (no organisation yet: account-level actions). */
export function userRoute<P = Record<string, never>>(
  handler: (request: Request, user: UserContext, params: P) => Promise<unknown>,
) {
  return async (request: Request, context: RouteContext<P>) => {
    try {
      assertSameOrigin(request, env.TRUST_PROXY);
      const actor = await requireActor();
      return respond(
        await handler(request, { db, actor }, await context.params),
        request.method === "POST" ? 201 : 200,
      );
    } catch (error) {
      return problemResponse(error);
    }
  };
}

/** A route inside an organisation: `/api/orgs/[org]/…`, allowed to members whose role may take `action`. */
export function orgRoute<P extends { org: string }>(
  action: Action,
  handler: (request: Request, access: OrgAccess, params: P) => Promise<unknown>,
) {
  return async (request: Request, context: RouteContext<P>) => {
    try {
      assertSameOrigin(request, env.TRUST_PROXY);
      const actor = await requireActor();
      const params = await context.params;
      const access = await resolveOrgAccess(db, actor, params.org, action);
      const response = respond(await handler(request, access, params));
      // Whatever a state change touched, the model may be among it: the warm-up checks and rebuilds if so.
      if (!SAFE_METHODS.has(request.method)) organisationWritten(db, access.organisation);
      return response;
    } catch (error) {
      return problemResponse(error);
    }
  };
}

/** A route open to anyone (sign-up): still same-origin and mapped errors. */
export function publicRoute(handler: (request: Request, database: Db) => Promise<unknown>) {
  return async (request: Request) => {
    try {
      assertSameOrigin(request, env.TRUST_PROXY);
      const result = await handler(request, db);
      return respond(result, request.method === "POST" ? 201 : 200);
    } catch (error) {
      return problemResponse(error);
    }
  };
}
