import { checkHealth } from "@/lib/db/check-health";
import { publicRoute } from "@/lib/access/route-gates";
import { ServiceUnavailableError } from "@/lib/errors";
import { warmUpFinished } from "@/lib/system-view/warm-up";

export const dynamic = "force-dynamic";

/**
 * For a load balancer's readiness check: 200 {"status":"ready"} once the database answers and the server has
 * read and analysed its recently changed organisations' models (a 1× model takes seconds); 503 until then.
 */
export const GET = publicRoute(async (_request, db) => {
  await checkHealth(db);
  if (!warmUpFinished()) throw new ServiceUnavailableError(2, "The app is starting: it is still reading its models.");
  return { status: "ready" };
});
