/** Reads the public respondent pages make (no session; the link's token is the key). */
import "server-only";
import { db } from "@/lib/db/client";
import { describeSharedLink, openSurveyToken } from "./respond";

export const loadSurvey = (token: string) => openSurveyToken(db, token);
export const loadSharedLink = (token: string) => describeSharedLink(db, token);
