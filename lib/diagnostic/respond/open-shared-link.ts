/** A respondent starts from an open shared link. */
import type { z } from "zod";
import type { Db } from "@/lib/db/types";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import { segmentInput } from "../input";
import { hashSurveyToken, newSurveyToken } from "../survey-token";
import { assertTakingAnswers } from "./taking-answers";
import { stateOf, type SurveyState } from "./survey-state";
import { statedSegment } from "./segment-choices";

/**
 * Starts a session from an open shared link (posters, kiosks) with the segment the respondent states;
 * returns its resume token. A verified shared link mails a single-use link instead.
 */
export async function openSharedLink(
  db: Db,
  sharedToken: string,
  segment: z.infer<typeof segmentInput>,
  earlierSession?: string,
): Promise<SurveyState> {
  const parsed = segmentInput.safeParse(segment);
  if (!parsed.success)
    throw new ValidationError(String(parsed.error.issues[0]!.path[0] ?? "segment"), parsed.error.issues[0]!.message);
  const wave = await db.wave.findUnique({ where: { sharedTokenHash: hashSurveyToken(sharedToken) } });
  if (!wave) throw new NotFoundError("Survey");
  assertTakingAnswers(wave);
  if (wave.sharedLinkMode !== "open")
    throw new ConflictError("This survey first sends a personal link to your work email address.");
  // One answer per browser: the browser keeps its session's token; once that session is submitted, it is gone.
  if (earlierSession) {
    const session = await db.surveySession.findUnique({
      where: { tokenHash: hashSurveyToken(earlierSession) },
      select: { waveId: true },
    });
    if (session?.waveId === wave.id) return stateOf(db, earlierSession);
    throw new ConflictError("This browser has already answered this survey. Thank you — each person answers once.");
  }
  const { department, role } = await statedSegment(db, wave, parsed.data);
  const { token, tokenHash } = newSurveyToken();
  await db.surveySession.create({
    data: { waveId: wave.id, tokenHash, department, role, level: parsed.data.level ?? null },
  });
  return stateOf(db, token);
}
