import { unsubscribe } from "@/lib/diagnostic/audience/unsubscribe";
import { surveyRoute } from "@/lib/diagnostic/respond/respondent-route";

/** The button of the unsubscribe page (also the one-click POST mail clients send, RFC 8058). */
export const POST = surveyRoute<{ token: string }>((_request, database, { token }) => unsubscribe(database, token));
