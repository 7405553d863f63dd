import { parseJsonBody } from "@/lib/http/parse-input";
import { surveyRoute } from "@/lib/diagnostic/respond/respondent-route";
import { contributeToWorkshop } from "@/lib/workshops/contribute-to-workshop";
import { workshopContribution } from "@/lib/workshops/input";

/** A participant's best and/or worst moment (no sign-in; throttled per IP like the survey links). */
export const POST = surveyRoute<{ token: string }>(async (request, db, params) =>
  contributeToWorkshop(db, params.token, await parseJsonBody(request, workshopContribution)),
);
