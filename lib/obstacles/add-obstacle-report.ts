/**
 * Writes one obstacle report — the step shared by the obstacle link and the app. What it keeps about the
 * reporter is exactly what it is given: a member id only when they put their name on it. No audit event
 * is written for an anonymous report (its exact time and its id would sit in it).
 */
import { randomUUID } from "node:crypto";
import type { DbTx } from "@/lib/db/types";
import { inTransaction } from "@/lib/db/types";
import { newSurveyToken } from "@/lib/diagnostic/survey-token";
import { ValidationError } from "@/lib/errors";
import type { ObstacleReportInput } from "./input";
import { weekOf } from "./rules/report-week";

export type ReportPlace = { organisationId: string; departmentId?: string | null; reporterId?: string | null };

/** Returns the report's id and, for an anonymous report, the receipt token (shown once; only its hash is kept). */
export async function addObstacleReport(
  db: DbTx,
  place: ReportPlace,
  input: ObstacleReportInput,
): Promise<{ id: string; receipt: string | null }> {
  const { organisationId } = place;
  const reporterId = place.reporterId ?? null;
  return inTransaction(db, async (tx) => {
    // One anonymous report of the organisation at a time: a report written while another is under way would
    // not see it, so the rewrite below would leave that one with its own transaction id (read committed).
    // An advisory lock writes nothing a database administrator could read afterwards.
    if (!reporterId)
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`anonymous-obstacles:${organisationId}`}))`;
    const stage = input.stage
      ? await tx.stage.findFirst({ where: { organisationId, key: input.stage }, select: { id: true } })
      : null;
    if (input.stage && !stage) throw new ValidationError("stage", `No stage with key "${input.stage}".`);
    const receipt = reporterId ? null : newSurveyToken();
    // A random id: a cuid would carry the time of the report.
    const id = randomUUID();
    await tx.obstacleReport.create({
      data: {
        id,
        organisationId,
        kind: input.kind,
        title: input.title,
        effect: input.effect,
        stageId: stage?.id ?? null,
        departmentId: place.departmentId ?? null,
        reportedWeek: weekOf(new Date()),
        reporterId,
        receiptHash: receipt?.tokenHash ?? null,
      },
    });
    if (!reporterId) {
      // Every anonymous report of the organisation is rewritten in this transaction, so their transaction ids
      // (xmin) are all this one's: the system column cannot tell which report came with which other write.
      // This is O(reports) per report by necessity: a row's xmin is the transaction that last wrote that row,
      // so for the new report to share it with every other, each other must be written again now.
      await tx.$executeRaw`UPDATE "ObstacleReport" SET "status" = "status" WHERE "organisationId" = ${organisationId} AND "reporterId" IS NULL`;
    }
    return { id, receipt: receipt?.token ?? null };
  });
}
