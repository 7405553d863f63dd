import { submitResponse } from "@/lib/diagnostic/respond/submit-response";
import { surveyRoute } from "@/lib/diagnostic/respond/respondent-route";

/** Submits the response, exactly once. */
export const POST = surveyRoute<{ token: string }>(async (_request, db, params) => submitResponse(db, params.token));
