/** The first page of a shared link. */
import type { Db } from "@/lib/db/types";
import { NotFoundError } from "@/lib/errors";
import { hashSurveyToken } from "../survey-token";
import { assertTakingAnswers } from "./taking-answers";
import { describeChoices } from "./segment-choices";

/** What the shared link's first page offers: an email field (verified) or the choice of segment (open). */
export async function describeSharedLink(db: Db, sharedToken: string) {
  const wave = await db.wave.findUnique({
    where: { sharedTokenHash: hashSurveyToken(sharedToken) },
    include: { organisation: { select: { workEmailDomains: true } } },
  });
  if (!wave) throw new NotFoundError("Survey");
  assertTakingAnswers(wave);
  return {
    mode: wave.sharedLinkMode,
    workEmailDomains: wave.organisation.workEmailDomains,
    ...(await describeChoices(db, wave)),
  };
}
