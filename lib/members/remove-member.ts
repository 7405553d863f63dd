import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { assertCan, type OrgAccess } from "@/lib/access/org-access";
import { findMemberOrThrow } from "./find-member";
import { assertAnotherOwnerRemains } from "./owner-guard";
import { departmentNames } from "./validate-departments";

export async function removeMember(access: OrgAccess, membershipId: string): Promise<void> {
  assertCan(access, "members:manage");
  const organisationId = access.organisation.id;
  await access.db.$transaction(async (tx) => {
    const membership = await findMemberOrThrow(tx, organisationId, membershipId);
    if (membership.role === "owner") await assertAnotherOwnerRemains(tx, organisationId, membership.id);
    await tx.membership.delete({ where: { id: membershipId } });
    await recordAuditEvent(tx, organisationId, access.actor, {
      action: "member.removed",
      subjectType: "membership",
      subjectId: membershipId,
      summary: `Removed ${membership.user.email}`,
      before: {
        email: membership.user.email,
        role: membership.role,
        departments: departmentNames(membership.departments.map((d) => d.department)),
      },
    });
  });
}
