import { checkHealth } from "@/lib/db/check-health";
import { publicRoute } from "@/lib/access/route-gates";

export const dynamic = "force-dynamic";

/** 200 {"status":"ok"} when the app and its database answer; 503 otherwise. */
export const GET = publicRoute(async (_request, db) => checkHealth(db));
