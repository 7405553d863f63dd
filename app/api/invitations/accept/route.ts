import { parseJsonBody } from "@/lib/http/parse-input";
import { userRoute } from "@/lib/access/route-gates";
import { acceptInvitation } from "@/lib/members/accept-invitation";
import { invitationInput } from "@/lib/users/input";

/** Accept an invitation, signed in as the invited address, with the mailed link. */
export const POST = userRoute(async (request, { db, actor }) => {
  const { token } = await parseJsonBody(request, invitationInput);
  return acceptInvitation(db, actor, token);
});
