/** A personal link's holder says where they work. */
import type { z } from "zod";
import type { Db } from "@/lib/db/types";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import { segmentInput } from "../input";
import { hashSurveyToken } from "../survey-token";
import { assertTakingAnswers, LinkClosedError } from "./taking-answers";
import { stateOf, type SurveyState } from "./survey-state";
import { statedSegment } from "./segment-choices";

/** The holder of a personal link says where they work, once; then they answer. */
export async function stateSegment(
  db: Db,
  invitationToken: string,
  segment: z.infer<typeof segmentInput>,
): Promise<SurveyState> {
  const parsed = segmentInput.safeParse(segment);
  if (!parsed.success)
    throw new ValidationError(String(parsed.error.issues[0]!.path[0] ?? "segment"), parsed.error.issues[0]!.message);
  const invitation = await db.waveInvitation.findUnique({
    where: { tokenHash: hashSurveyToken(invitationToken) },
    include: { wave: true },
  });
  if (!invitation || invitation.email === null) throw new NotFoundError("Invitation");
  if (invitation.submitted)
    throw new LinkClosedError("This link has already been used to answer. Thank you — each link counts once.", "used");
  assertTakingAnswers(invitation.wave);
  const { department, role } = await statedSegment(db, invitation.wave, parsed.data);
  const created = await db.surveySession.createMany({
    data: [
      {
        waveId: invitation.waveId,
        invitationId: invitation.id,
        tokenHash: invitation.tokenHash,
        department,
        role,
        level: parsed.data.level ?? null,
      },
    ],
    skipDuplicates: true,
  });
  if (created.count === 0) throw new ConflictError("You have already said where you work; carry on answering.");
  return stateOf(db, invitationToken);
}
