import { answersInput, saveAnswers } from "@/lib/diagnostic/respond/respond";
import { ValidationError } from "@/lib/errors";
import { parseInput } from "@/lib/http/parse-input";
import { MAX_SURVEY_BODY_BYTES, surveyRoute } from "@/lib/http/survey-route";

/** Saves answers as they are given, so the same link resumes. */
export const PUT = surveyRoute<{ token: string }>(async (request, db, params) => {
  const text = await request.text();
  if (text.length > MAX_SURVEY_BODY_BYTES) throw new ValidationError("body", "Too much data in one save.");
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new ValidationError("body", "The request body must be JSON.");
  }
  await saveAnswers(db, params.token, parseInput(answersInput, body));
});
