import { submitResponse } from "@/lib/diagnostic/respond/respond";
import { surveyRoute } from "@/lib/http/survey-route";

/** Submits the response, exactly once. */
export const POST = surveyRoute<{ token: string }>(async (_request, db, params) => submitResponse(db, params.token));
