import { parseJsonBody } from "@/lib/http/parse-input";
import { orgRoute } from "@/lib/access/route-gates";
import { memberObstacleReportInput } from "@/lib/obstacles/input";
import { reportObstacle } from "@/lib/obstacles/report-obstacle";

/** A member reports an obstacle; an anonymous report's receipt link is returned once (only its hash is kept). */
export const POST = orgRoute("obstacles:report", async (request, access) =>
  Response.json(await reportObstacle(access, await parseJsonBody(request, memberObstacleReportInput)), {
    status: 201,
  }),
);
