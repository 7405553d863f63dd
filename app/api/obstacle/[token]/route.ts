import { parseJsonBody } from "@/lib/http/parse-input";
import { surveyRoute } from "@/lib/diagnostic/respond/respondent-route";
import { obstacleReportInput } from "@/lib/obstacles/input";
import { reportObstacleByLink } from "@/lib/obstacles/report-obstacle-by-link";

/** An anonymous report through the obstacle link (no sign-in; throttled per peer address like the survey links). */
export const POST = surveyRoute<{ token: string }>(async (request, db, params) =>
  Response.json(await reportObstacleByLink(db, params.token, await parseJsonBody(request, obstacleReportInput)), {
    status: 201,
  }),
);
