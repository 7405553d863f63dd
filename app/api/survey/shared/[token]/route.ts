import { statedSegmentInput } from "@/lib/diagnostic/input";
import { openSharedLink } from "@/lib/diagnostic/respond/open-shared-link";
import { hashSurveyToken } from "@/lib/diagnostic/survey-token";
import { parseJsonBody } from "@/lib/http/parse-input";
import { surveyRoute } from "@/lib/diagnostic/respond/respondent-route";

/** The browser remembers its answer to an open shared link, so it answers once (and can resume). */
const cookieName = (sharedToken: string) => `tl_answer_${hashSurveyToken(sharedToken).slice(0, 16)}`;

/** Starts an answer from an open shared link with the segment the respondent states; returns its own link. */
export const POST = surveyRoute<{ token: string }>(async (request, db, params) => {
  const segment = await parseJsonBody(request, statedSegmentInput);
  const name = cookieName(params.token);
  const earlier = request.headers
    .get("cookie")
    ?.split(/;\s*/)
    .find((c) => c.startsWith(`${name}=`))
    ?.slice(name.length + 1);
  const state = await openSharedLink(db, params.token, segment, earlier ? decodeURIComponent(earlier) : undefined);
  const secure = new URL(request.url).protocol === "https:" ? "; Secure" : "";
  return Response.json(
    { sessionToken: state.sessionToken },
    {
      headers: {
        "set-cookie": `${name}=${encodeURIComponent(state.sessionToken)}; Path=/; Max-Age=${90 * 86400}; HttpOnly; SameSite=Lax${secure}`,
      },
    },
  );
});
