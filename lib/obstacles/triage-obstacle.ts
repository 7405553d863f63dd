/**
 * Triage: a report becomes part of the inventory (a new process or system, or an obstructs influence on a
 * behaviour with the report as its rationale), merges into the report it duplicates, or is declined with a
 * reason. One transaction claims the open report, makes the inventory entry with the inventory's own
 * operations (their permission checks and audit events included) and records the triage: all or nothing.
 */
import { assertCan, type OrgAccess } from "@/lib/access/org-access";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { ConflictError, ValidationError } from "@/lib/errors";
import { createProcess } from "@/lib/inventory/create-process";
import { createSystem } from "@/lib/inventory/create-system";
import { setInfluence } from "@/lib/inventory/set-influence";
import type { Tx } from "@/lib/db/types";
import type { ObstacleStatus } from "@/lib/generated/prisma/client";
import { atWordBoundary } from "@/lib/text/short-title";
import type { ObstacleTriageInput } from "./input";
import { mayTriage } from "./rules/triage-reach";
import { triageableReport } from "./triageable-report";
import { storedDepartments } from "@/lib/access/department-scope";

const departmentTree = async (tx: Tx, access: OrgAccess) => (await storedDepartments(tx, access.organisation.id)).tree;

type Report = { id: string; title: string; effect: string };

/** The rationale an obstructs influence keeps: the reporter's own words. */
export const rationaleOf = (report: Report) =>
  atWordBoundary(`Reported obstacle “${report.title}”: ${report.effect}`, 2000);

async function outcomeOf(
  tx: Tx,
  access: OrgAccess,
  report: Report,
  input: ObstacleTriageInput,
): Promise<{ status: ObstacleStatus; outcome: string | null; mergedIntoId: string | null; summary: string }> {
  switch (input.outcome) {
    case "process": {
      const { key } = await createProcess(access, { name: input.name, department: input.department }, tx);
      return {
        status: "accepted",
        outcome: `process:${key}`,
        mergedIntoId: null,
        summary: `a new process, ${input.name}`,
      };
    }
    case "system": {
      const { key } = await createSystem(access, { name: input.name }, tx);
      return {
        status: "accepted",
        outcome: `system:${key}`,
        mergedIntoId: null,
        summary: `a new system, ${input.name}`,
      };
    }
    case "influence": {
      await setInfluence(
        access,
        {
          source: input.source,
          behaviour: input.behaviour,
          effect: "obstructs",
          strength: input.strength,
          why: rationaleOf(report),
        },
        tx,
      );
      return {
        status: "accepted",
        outcome: `influence:${input.source}>${input.behaviour}`,
        mergedIntoId: null,
        summary: `${input.source} obstructing the behaviour ${input.behaviour}`,
      };
    }
    case "merge": {
      if (input.into === report.id) throw new ValidationError("into", "A report cannot be the same as itself.");
      const target = await tx.obstacleReport.findFirst({
        where: { id: input.into, organisationId: access.organisation.id },
        select: { id: true, title: true, status: true, departmentId: true },
      });
      // A report out of the member's reach is as good as absent to them.
      if (!target || !mayTriage(access.membership, target.departmentId, await departmentTree(tx, access)))
        throw new ValidationError("into", `No obstacle report with id "${input.into}".`);
      if (target.status === "merged")
        throw new ValidationError("into", "That report is itself merged: choose the one it was merged into.");
      return { status: "merged", outcome: null, mergedIntoId: target.id, summary: `the same as “${target.title}”` };
    }
    case "decline":
      return { status: "declined", outcome: null, mergedIntoId: null, summary: "declined" };
  }
}

export async function triageObstacle(
  access: OrgAccess,
  reportId: string,
  input: ObstacleTriageInput,
): Promise<{ status: ObstacleStatus; outcome: string | null }> {
  assertCan(access, "obstacles:triage");
  return access.db.$transaction(async (tx) => {
    const report = await triageableReport(tx, access, reportId);
    // Claimed first: two triages at once make one outcome — the second waits for the row lock, then finds it taken.
    const claimed = await tx.obstacleReport.updateMany({
      where: { id: report.id, status: "open" },
      data: { status: "accepted" },
    });
    if (claimed.count !== 1) throw new ConflictError("This report has already been triaged.");
    const result = await outcomeOf(tx, access, report, input);
    await tx.obstacleReport.update({
      where: { id: report.id },
      data: {
        status: result.status,
        outcome: result.outcome,
        mergedIntoId: result.mergedIntoId,
        ...(input.answer !== undefined ? { answer: input.answer } : {}),
      },
    });
    await recordAuditEvent(tx, access.organisation.id, access.actor, {
      action: "obstacle.triaged",
      subjectType: "obstacle_report",
      subjectId: report.id,
      summary: `Triaged the obstacle report “${report.title}”: ${result.summary}`,
      before: { status: "open" },
      after: { status: result.status, outcome: result.outcome, answer: input.answer ?? null },
    });
    return { status: result.status, outcome: result.outcome };
  });
}
