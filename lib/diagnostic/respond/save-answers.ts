/** A respondent's answers so far, saved sealed. */
import type { z } from "zod";
import type { Db } from "@/lib/db/types";
import { ValidationError } from "@/lib/errors";
import { seal, sessionKey } from "../ballot-box/seal";
import { type answersInput } from "../input";
import { hashSurveyToken } from "../survey-token";
import { type Progress, stateOf } from "./survey-state";

/** Saves answers so far (merged into what was saved); unknown statements are refused. */
export async function saveAnswers(db: Db, sessionToken: string, input: z.infer<typeof answersInput>): Promise<void> {
  const state = await stateOf(db, sessionToken);
  const keys = new Set(state.items.map((i) => i.key));
  const unknown = Object.keys(input.answers).find((key) => !keys.has(key));
  if (unknown) throw new ValidationError(`answers.${unknown}`, `No statement "${unknown}" in this survey.`);
  const progress: Progress = {
    answers: { ...state.answers, ...input.answers },
    comments: { ...state.comments, ...(input.comments ?? {}) },
  };
  await db.surveySession.update({
    where: { tokenHash: hashSurveyToken(sessionToken) },
    data: { sealed: seal(progress, sessionKey(sessionToken)) },
  });
}
