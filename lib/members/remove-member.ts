import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { NotFoundError } from "@/lib/errors";
import { assertCan, type OrgAccess } from "@/lib/organisations/access";
import { assertAnotherOwnerRemains } from "./owner-guard";
import { departmentNames } from "./validate-departments";

export async function removeMember(access: OrgAccess, membershipId: string): Promise<void> {
  assertCan(access, "members:manage");
  const organisationId = access.organisation.id;
  await access.db.$transaction(async (tx) => {
    const membership = await tx.membership.findFirst({
      where: { id: membershipId, organisationId },
      include: { user: true, departments: { include: { department: true } } },
    });
    if (!membership) throw new NotFoundError("Member");
    if (membership.role === "owner") await assertAnotherOwnerRemains(tx, organisationId, membership.id);
    await tx.membership.delete({ where: { id: membershipId } });
    await recordAuditEvent(tx, organisationId, access.actor, {
      action: "member.removed",
      subjectType: "membership",
      subjectId: membershipId,
      summary: `Removed ${membership.user.email}`,
      before: { email: membership.user.email, role: membership.role, departments: departmentNames(membership.departments.map((d) => d.department)) },
    });
  });
}
