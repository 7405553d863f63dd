import { answersInput } from "@/lib/diagnostic/input";
import { saveAnswers } from "@/lib/diagnostic/respond/save-answers";
import { parseJsonBody } from "@/lib/http/parse-input";
import { surveyRoute } from "@/lib/diagnostic/respond/respondent-route";

/** Saves answers as they are given, so the same link resumes. */
export const PUT = surveyRoute<{ token: string }>(async (request, db, params) => {
  await saveAnswers(db, params.token, await parseJsonBody(request, answersInput));
});
