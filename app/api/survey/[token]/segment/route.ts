import { statedSegmentInput } from "@/lib/diagnostic/input";
import { stateSegment } from "@/lib/diagnostic/respond/state-segment";
import { parseJsonBody } from "@/lib/http/parse-input";
import { surveyRoute } from "@/lib/diagnostic/respond/respondent-route";

/** The holder of a personal link (from a verified shared link) says where they work, then answers. */
export const POST = surveyRoute<{ token: string }>(async (request, db, params) => {
  await stateSegment(db, params.token, await parseJsonBody(request, statedSegmentInput));
});
