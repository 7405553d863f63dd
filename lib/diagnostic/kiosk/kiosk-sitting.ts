/**
 * The respondent side of a kiosk: a browser holding a valid pass for the wave starts one sitting after
 * another. Nothing else does — not the kiosk's address, not a flag: a phone without the pass gets the
 * shared link's rule (one answer per browser). A sitting's resume token goes back in the answer only, for
 * the kiosk page to keep in memory; no cookie remembers it, so the next person cannot resume it.
 */
import type { z } from "zod";
import type { Db } from "@/lib/db/types";
import { ForbiddenError, ValidationError } from "@/lib/errors";
import { segmentInput } from "../input";
import { newSurveyToken } from "../survey-token";
import { assertTakingAnswers } from "../respond/taking-answers";
import { stateOf, type SurveyState } from "../respond/survey-state";
import { describeChoices, statedSegment } from "../respond/segment-choices";
import { linkMark, readKioskPass } from "./kiosk-pass";

export class NotAKioskError extends ForbiddenError {
  constructor() {
    super("This browser is not a kiosk for this survey. Open the survey's own link instead.");
  }
}

/** The wave a pass lets this browser answer as a kiosk; refuses a missing, forged, moved or outdated pass. */
async function kioskWave(db: Db, waveId: string, passValue: string | undefined) {
  const pass = readKioskPass(passValue);
  if (!pass || pass.waveId !== waveId) throw new NotAKioskError();
  const wave = await db.wave.findUnique({ where: { id: waveId } });
  if (!wave || wave.organisationId !== pass.organisationId) throw new NotAKioskError();
  // A new shared link ends the kiosks made under the old one; so does turning the link to verified.
  if (!wave.sharedTokenHash || linkMark(wave.sharedTokenHash) !== pass.link || wave.sharedLinkMode !== "open")
    throw new NotAKioskError();
  assertTakingAnswers(wave);
  return wave;
}

/** The kiosk's start screen: the wave, and where a respondent may say they work. */
export async function describeKiosk(db: Db, waveId: string, passValue: string | undefined) {
  const wave = await kioskWave(db, waveId, passValue);
  const organisation = await db.organisation.findUniqueOrThrow({
    where: { id: wave.organisationId },
    select: { slug: true },
  });
  return { ...(await describeChoices(db, wave)), organisationSlug: organisation.slug };
}

/** Starts one person's sitting at the kiosk with the segment they state; returns the statements to answer. */
export async function openKioskSitting(
  db: Db,
  waveId: string,
  passValue: string | undefined,
  segment: z.infer<typeof segmentInput>,
): Promise<SurveyState> {
  const parsed = segmentInput.safeParse(segment);
  if (!parsed.success)
    throw new ValidationError(String(parsed.error.issues[0]!.path[0] ?? "segment"), parsed.error.issues[0]!.message);
  const wave = await kioskWave(db, waveId, passValue);
  const { department, role } = await statedSegment(db, wave, parsed.data);
  const { token, tokenHash } = newSurveyToken();
  await db.surveySession.create({
    data: { waveId: wave.id, tokenHash, department, role, level: parsed.data.level ?? null },
  });
  return stateOf(db, token);
}
