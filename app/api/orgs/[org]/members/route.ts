import { parseJsonBody } from "@/lib/http/parse-input";
import { orgRoute } from "@/lib/access/route-gates";
import { outboxInUse } from "@/lib/mail/mail-settings";
import { addMember } from "@/lib/members/add-member";
import { listMembers } from "@/lib/members/list-members";
import { addMemberInput } from "@/lib/members/input";

export const GET = orgRoute("members:read", async (_request, access) => listMembers(access));

/** Invites an email address; the link is mailed, and shown here once for the inviter to pass on too. */
export const POST = orgRoute("members:manage", async (request, access) => {
  const result = await addMember(access, await parseJsonBody(request, addMemberInput));
  const delivery = outboxInUse() ? "outbox" : "sent";
  return Response.json(
    { kind: result.kind, invitationId: result.invitationId, inviteUrl: result.inviteUrl, delivery },
    { status: 201 },
  );
});
