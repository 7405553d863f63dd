/** Route wrapper for the public respondent endpoints: same-origin, per-IP throttle, errors as problem+json, no caching. */
import "server-only";
import { env } from "@/lib/config/server-env";
import { db } from "@/lib/db/client";
import type { Db } from "@/lib/db/types";
import { throttleRespondent } from "./respondent-throttle";
import { clientIp } from "@/lib/http/client-ip";
import { noStore } from "@/lib/http/no-store";
import { problemResponse } from "@/lib/http/problem";
import { assertSameOrigin } from "@/lib/http/same-origin";

export function surveyRoute<P>(handler: (request: Request, database: Db, params: P) => Promise<unknown>) {
  return async (request: Request, context: { params: Promise<P> }) => {
    try {
      assertSameOrigin(request, env.TRUST_PROXY);
      await throttleRespondent(clientIp(request.headers), env.RESPONDENT_REQUESTS_PER_IP);
      const result = await handler(request, db, await context.params);
      if (result instanceof Response) return noStore(result);
      return noStore(result === undefined ? new Response(null, { status: 204 }) : Response.json(result));
    } catch (error) {
      return problemResponse(error);
    }
  };
}
