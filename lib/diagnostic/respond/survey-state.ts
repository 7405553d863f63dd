/** A respondent's session as they see it: the statements and their answers so far, unsealed with their link's key. */
import type { Db } from "@/lib/db/types";
import { NotFoundError } from "@/lib/errors";
import { sessionKey, unseal } from "../ballot-box/seal";
import { hashSurveyToken } from "../survey-token";
import type { ThemeTranslations, Translations } from "../instrument-schema";
import { storedThemeTranslations, storedTranslations } from "../instruments/stored-translations";
import { assertTakingAnswers } from "./taking-answers";

export type Progress = { answers: Record<string, number | null>; comments: Record<string, string> };

export type SurveyState = {
  kind: "answering";
  sessionToken: string;
  wave: { name: string };
  /** The language the statements are written in; `translations` has them in others. */
  language: string;
  segment: { department: string | null; role: string | null; level: string | null };
  items: {
    key: string;
    dimension: string;
    theme: string;
    text: string;
    translations: Translations;
    themeTranslations: ThemeTranslations;
  }[];
  answers: Record<string, number | null>;
  comments: Record<string, string>;
};

export const openProgress = (sealed: Uint8Array | null, sessionToken: string): Progress =>
  sealed ? unseal<Progress>(sealed, sessionKey(sessionToken)) : { answers: {}, comments: {} };

export async function stateOf(db: Db, sessionToken: string): Promise<SurveyState> {
  const session = await db.surveySession.findUnique({
    where: { tokenHash: hashSurveyToken(sessionToken) },
    include: { wave: { include: { instrument: { include: { items: { orderBy: { position: "asc" } } } } } } },
  });
  if (!session) throw new NotFoundError("Survey");
  assertTakingAnswers(session.wave);
  const progress = openProgress(session.sealed, sessionToken);
  return {
    kind: "answering",
    sessionToken,
    wave: { name: session.wave.name },
    language: session.wave.instrument.language,
    segment: { department: session.department, role: session.role, level: session.level },
    items: session.wave.instrument.items.map((i) => ({
      key: i.key,
      dimension: i.dimension,
      theme: i.theme,
      text: i.text,
      translations: storedTranslations(i.translations),
      themeTranslations: storedThemeTranslations(i.themeTranslations),
    })),
    answers: progress.answers,
    comments: progress.comments,
  };
}
