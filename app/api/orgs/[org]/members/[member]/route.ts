import { parseJsonBody } from "@/lib/http/parse-input";
import { orgRoute } from "@/lib/access/route-gates";
import { changeMemberRole } from "@/lib/members/change-member-role";
import { memberRoleInput } from "@/lib/members/input";
import { removeMember } from "@/lib/members/remove-member";

type Params = { org: string; member: string };

export const PATCH = orgRoute<Params>("members:manage", async (request, access, params) =>
  changeMemberRole(access, params.member, await parseJsonBody(request, memberRoleInput)),
);

export const DELETE = orgRoute<Params>("members:manage", async (_request, access, params) =>
  removeMember(access, params.member),
);
