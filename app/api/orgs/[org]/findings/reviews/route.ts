import { reviewFindingInput } from "@/lib/findings/input";
import { reviewFinding } from "@/lib/findings/review-finding";
import { parseJsonBody } from "@/lib/http/parse-input";
import { orgRoute } from "@/lib/access/route-gates";

/** Acknowledge, dismiss (with a reason) or reopen a finding. */
export const POST = orgRoute("findings:review", async (request, access) =>
  reviewFinding(access, await parseJsonBody(request, reviewFindingInput)),
);
