import { z } from "zod";
import { openSharedLink } from "@/lib/diagnostic/respond/respond";
import { LEVELS } from "@/lib/diagnostic/scoring";
import { parseJsonBody } from "@/lib/http/parse-input";
import { surveyRoute } from "@/lib/http/survey-route";

const segmentInput = z.object({
  department: z.string().max(100).optional(),
  role: z.string().max(100).optional(),
  level: z.enum(LEVELS, { message: "Choose leader, manager or frontline" }),
});

/** Starts an answer from the shared link with the segment the respondent states; returns its own link. */
export const POST = surveyRoute<{ token: string }>(async (request, db, params) => {
  const segment = await parseJsonBody(request, segmentInput);
  const state = await openSharedLink(db, params.token, { level: segment.level, department: segment.department || undefined, role: segment.role || undefined });
  return { sessionToken: state.sessionToken };
});
