/** A respondent comes back to their session. */
import type { Db } from "@/lib/db/types";
import { stateOf, type SurveyState } from "./survey-state";

export async function resumeSession(db: Db, sessionToken: string): Promise<SurveyState> {
  return stateOf(db, sessionToken);
}
