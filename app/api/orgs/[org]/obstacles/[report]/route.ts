import { parseJsonBody } from "@/lib/http/parse-input";
import { orgRoute } from "@/lib/access/route-gates";
import { answerObstacle } from "@/lib/obstacles/answer-obstacle";
import { obstacleAnswerInput } from "@/lib/obstacles/input";

/** Answers the reporter and/or (owners) says whose work the report is. */
export const PATCH = orgRoute<{ org: string; report: string }>("obstacles:triage", async (request, access, params) =>
  answerObstacle(access, params.report, await parseJsonBody(request, obstacleAnswerInput)),
);
