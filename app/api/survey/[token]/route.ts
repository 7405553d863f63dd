import { openSurveyToken } from "@/lib/diagnostic/respond/open-survey-token";
import { surveyRoute } from "@/lib/diagnostic/respond/respondent-route";

/** Opens or resumes a survey link (no sign-in). */
export const GET = surveyRoute<{ token: string }>(async (_request, db, params) => openSurveyToken(db, params.token));
