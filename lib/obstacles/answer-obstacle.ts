/**
 * Answers the reporter (they read it on the page, or through their receipt), and — owners only — says whose
 * work the report is, which hands it to that department's heads. An answer may be changed at any time.
 */
import { assertCan, type OrgAccess } from "@/lib/access/org-access";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { reachOf } from "@/lib/access/permissions";
import { ForbiddenError, ValidationError } from "@/lib/errors";
import type { z } from "zod";
import type { obstacleAnswerInput } from "./input";
import { triageableReport } from "./triageable-report";

export async function answerObstacle(
  access: OrgAccess,
  reportId: string,
  input: z.infer<typeof obstacleAnswerInput>,
): Promise<void> {
  assertCan(access, "obstacles:triage");
  const organisationId = access.organisation.id;
  await access.db.$transaction(async (tx) => {
    const report = await triageableReport(tx, access, reportId);
    let departmentId: string | null | undefined;
    if (input.department !== undefined) {
      // Handing a report over reaches across departments: only a member whose triage reaches everywhere.
      if (reachOf(access.membership.role, "obstacles:triage") !== "everywhere")
        throw new ForbiddenError("Only owners say whose work a report is.");
      const department = input.department
        ? await tx.department.findFirst({ where: { organisationId, key: input.department }, select: { id: true } })
        : null;
      if (input.department && !department)
        throw new ValidationError("department", `No department with key "${input.department}".`);
      departmentId = department?.id ?? null;
    }
    await tx.obstacleReport.update({
      where: { id: report.id },
      data: {
        ...(input.answer !== undefined ? { answer: input.answer } : {}),
        ...(departmentId !== undefined ? { departmentId } : {}),
      },
    });
    await recordAuditEvent(tx, organisationId, access.actor, {
      action: "obstacle.answered",
      subjectType: "obstacle_report",
      subjectId: report.id,
      summary:
        input.answer !== undefined
          ? `Answered the obstacle report “${report.title}”`
          : `Said whose work the obstacle report “${report.title}” is`,
      before: { answer: report.answer, departmentId: report.departmentId },
      after: {
        answer: input.answer ?? report.answer,
        departmentId: departmentId === undefined ? report.departmentId : departmentId,
      },
    });
  });
}
