import { parseJsonBody } from "@/lib/http/parse-input";
import { orgRoute } from "@/lib/http/route-handlers";
import { addMember } from "@/lib/members/add-member";
import { listMembers } from "@/lib/members/list-members";
import { addMemberInput } from "@/lib/members/member-input";

export const GET = orgRoute("members:read", async (_request, access) => listMembers(access));

export const POST = orgRoute("members:manage", async (request, access) => {
  const result = await addMember(access, await parseJsonBody(request, addMemberInput));
  if (result.kind === "added") return Response.json(result, { status: 201 });
  const inviteUrl = new URL(`/signup?invitation=${result.token}`, request.url).toString();
  return Response.json({ kind: result.kind, invitationId: result.invitationId, inviteUrl }, { status: 201 });
});
