import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { ROLE_LABELS } from "@/lib/access/roles";
import { assertCan, type OrgAccess } from "@/lib/access/org-access";
import type { MemberRoleInput } from "./input";
import { findMemberOrThrow } from "./find-member";
import { assertAnotherOwnerRemains } from "./owner-guard";
import { departmentNames, validateDepartmentScope } from "./validate-departments";

export async function changeMemberRole(access: OrgAccess, membershipId: string, input: MemberRoleInput): Promise<void> {
  assertCan(access, "members:manage");
  const organisationId = access.organisation.id;
  await access.db.$transaction(async (tx) => {
    const membership = await findMemberOrThrow(tx, organisationId, membershipId);
    const departments = await validateDepartmentScope(tx, organisationId, input);
    if (membership.role === "owner" && input.role !== "owner")
      await assertAnotherOwnerRemains(tx, organisationId, membership.id);
    await tx.membershipDepartment.deleteMany({ where: { membershipId } });
    await tx.membership.update({
      where: { id: membershipId },
      data: { role: input.role, departments: { create: departments.map((d) => ({ departmentId: d.id })) } },
    });
    await recordAuditEvent(tx, organisationId, access.actor, {
      action: "member.role_changed",
      subjectType: "membership",
      subjectId: membershipId,
      summary: `Changed ${membership.user.email} from ${ROLE_LABELS[membership.role]} to ${ROLE_LABELS[input.role]}`,
      before: { role: membership.role, departments: departmentNames(membership.departments.map((d) => d.department)) },
      after: { role: input.role, departments: departmentNames(departments) },
    });
  });
}
