/** What member routes accept: a member's role and departments, and a new member's address. */
import { z } from "zod";
import { MEMBER_ROLES } from "@/lib/access/roles";

export const memberRoleInput = z.object({
  role: z.enum(MEMBER_ROLES, { message: "Choose a role" }),
  departmentIds: z.array(z.string().min(1)).max(200).default([]),
});

export const addMemberInput = memberRoleInput.extend({
  email: z.email("Enter a valid email address").trim().toLowerCase(),
});

export type MemberRoleInput = z.infer<typeof memberRoleInput>;
export type AddMemberInput = z.infer<typeof addMemberInput>;
