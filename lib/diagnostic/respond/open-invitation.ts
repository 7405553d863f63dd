/** A respondent opens an invitation link. */
import type { Db } from "@/lib/db/types";
import { NotFoundError } from "@/lib/errors";
import { hashSurveyToken } from "../survey-token";
import { assertTakingAnswers, LinkClosedError } from "./taking-answers";
import { stateOf, type SurveyState } from "./survey-state";
import { describeChoices, type SegmentChoice } from "./segment-choices";

/**
 * Opens an invitation link: starts (or resumes) its session. The session token is the invitation token
 * itself, so the same link resumes; a used link says so. A personal link mailed from a verified shared
 * link first asks where its holder works (they state it, as on an open shared link).
 */
export async function openInvitation(db: Db, invitationToken: string): Promise<SurveyState | SegmentChoice> {
  const invitation = await db.waveInvitation.findUnique({
    where: { tokenHash: hashSurveyToken(invitationToken) },
    include: { wave: true, session: { select: { id: true } } },
  });
  if (!invitation) throw new NotFoundError("Invitation");
  if (invitation.submitted)
    throw new LinkClosedError("This link has already been used to answer. Thank you — each link counts once.", "used");
  assertTakingAnswers(invitation.wave);
  if (invitation.email !== null && !invitation.session)
    return { kind: "choose-segment", token: invitationToken, ...(await describeChoices(db, invitation.wave)) };
  await db.surveySession.upsert({
    where: { invitationId: invitation.id },
    create: {
      waveId: invitation.waveId,
      invitationId: invitation.id,
      tokenHash: invitation.tokenHash,
      department: invitation.department,
      role: invitation.role,
      level: invitation.level,
    },
    update: {},
  });
  return stateOf(db, invitationToken);
}
