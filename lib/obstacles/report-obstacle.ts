/**
 * A member's report from the app. Anonymous by default — then nothing about them is kept, it joins the
 * list together with other anonymous reports (the ballot box), and they read the answer through their
 * receipt like anyone; named ("put my name on it"), it records their membership and an audit event, and
 * they read the answer on the obstacles page.
 */
import { assertCan, type OrgAccess } from "@/lib/access/org-access";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { ValidationError } from "@/lib/errors";
import { addObstacleReport } from "./add-obstacle-report";
import { emptyObstacleBox } from "./ballot-box/empty-obstacle-box";
import type { MemberObstacleReportInput } from "./input";
import { receiptUrl } from "./obstacle-link";

export async function reportObstacle(
  access: OrgAccess,
  input: MemberObstacleReportInput,
): Promise<{ receipt: string | null }> {
  assertCan(access, "obstacles:report");
  const organisationId = access.organisation.id;
  const taken = await access.db.$transaction(async (tx) => {
    const department = input.department
      ? await tx.department.findFirst({ where: { organisationId, key: input.department }, select: { id: true } })
      : null;
    if (input.department && !department)
      throw new ValidationError("department", `No department with key "${input.department}".`);
    const reporterId = input.named ? access.membership.id : null;
    const taken = await addObstacleReport(
      tx,
      { organisationId, departmentId: department?.id ?? null, reporterId },
      input,
    );
    if (taken.named) {
      await recordAuditEvent(tx, organisationId, access.actor, {
        action: "obstacle.reported",
        subjectType: "obstacle_report",
        subjectId: taken.id,
        summary: `Reported the obstacle “${input.title}”`,
      });
    }
    return taken;
  });
  if (taken.named) return { receipt: null };
  // After the report's own transaction has committed, never inside it.
  await emptyObstacleBox(access.db, organisationId);
  return { receipt: receiptUrl(taken.receipt) };
}
