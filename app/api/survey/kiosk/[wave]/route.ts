import { statedSegmentInput } from "@/lib/diagnostic/input";
import { kioskCookieOf } from "@/lib/diagnostic/kiosk/kiosk-pass";
import { openKioskSitting } from "@/lib/diagnostic/kiosk/kiosk-sitting";
import { parseJsonBody } from "@/lib/http/parse-input";
import { surveyRoute } from "@/lib/diagnostic/respond/respondent-route";

/**
 * Starts one person's sitting at a kiosk (the browser's kiosk pass is required); answers with the
 * statements and the sitting's token, which the page keeps in memory only — no cookie is set.
 */
export const POST = surveyRoute<{ wave: string }>(async (request, db, params) => {
  const segment = await parseJsonBody(request, statedSegmentInput);
  return openKioskSitting(db, params.wave, kioskCookieOf(request.headers.get("cookie")), segment);
});
