/** Reads the public respondent pages make (no session; the link's token is the key). */
import "server-only";
import { db } from "@/lib/db/client";
import { describeSharedLink } from "./describe-shared-link";
import { openSurveyToken } from "./open-survey-token";

export const loadSurvey = (token: string) => openSurveyToken(db, token);
export const loadSharedLink = (token: string) => describeSharedLink(db, token);
