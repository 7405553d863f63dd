import { personalLinkInput } from "@/lib/diagnostic/input";
import { requestPersonalLink } from "@/lib/diagnostic/respond/personal-link";
import { parseJsonBody } from "@/lib/http/parse-input";
import { surveyRoute } from "@/lib/diagnostic/respond/respondent-route";

/** Mails a personal single-use link to a work address (a verified shared link). Always answers the same. */
export const POST = surveyRoute<{ token: string }>(async (request, db, params) => {
  await requestPersonalLink(db, params.token, await parseJsonBody(request, personalLinkInput));
  return { sent: true };
});
