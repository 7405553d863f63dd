/** A survey link's token, whichever kind it is. */
import type { Db } from "@/lib/db/types";
import { hashSurveyToken } from "../survey-token";
import { type SurveyState } from "./survey-state";
import { type SegmentChoice } from "./segment-choices";
import { openInvitation } from "./open-invitation";
import { resumeSession } from "./resume-session";

/** A link's token is either an invitation's (which opens or resumes it) or a shared-link session's. */
export async function openSurveyToken(db: Db, token: string): Promise<SurveyState | SegmentChoice> {
  const invitation = await db.waveInvitation.findUnique({
    where: { tokenHash: hashSurveyToken(token) },
    select: { id: true },
  });
  return invitation ? openInvitation(db, token) : resumeSession(db, token);
}
