import { parseJsonBody } from "@/lib/http/parse-input";
import { orgRoute } from "@/lib/access/route-gates";
import { obstacleTriageInput } from "@/lib/obstacles/input";
import { triageObstacle } from "@/lib/obstacles/triage-obstacle";

/** Turns a report into the inventory, merges it or declines it (once: a triaged report answers 409). */
export const POST = orgRoute<{ org: string; report: string }>("obstacles:triage", async (request, access, params) =>
  triageObstacle(access, params.report, await parseJsonBody(request, obstacleTriageInput)),
);
