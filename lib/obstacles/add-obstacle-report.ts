/**
 * Takes one obstacle report — the step shared by the obstacle link and the app. A named report (a member
 * who put their name on it) is written to the triage list at once. An anonymous one goes into the
 * organisation's ballot box (`ballot-box/`) and joins the list with others after its week, in another
 * transaction: the caller empties the box once this transaction has committed (`emptyObstacleBox`). No audit event is
 * written for an anonymous report (its time and its id would sit in it).
 */
import { randomUUID } from "node:crypto";
import type { DbTx } from "@/lib/db/types";
import { inTransaction } from "@/lib/db/types";
import { ValidationError } from "@/lib/errors";
import { dropObstacleBallot } from "./ballot-box/drop-obstacle-ballot";
import type { ObstacleReportInput } from "./input";
import { weekOf } from "./rules/report-week";

export type ReportPlace = {
  organisationId: string;
  departmentId?: string | null;
  reporterId?: string | null;
  /** When it is sent (now; the demo's are sent the week before it is made, so they are listed). */
  at?: Date;
};

/** A named report: its id. An anonymous one: the receipt token (shown once; the report keeps only its hash). */
export type ReportTaken = { named: true; id: string } | { named: false; receipt: string };

export async function addObstacleReport(
  db: DbTx,
  place: ReportPlace,
  input: ObstacleReportInput,
): Promise<ReportTaken> {
  const { organisationId } = place;
  const reporterId = place.reporterId ?? null;
  return inTransaction(db, async (tx) => {
    const stage = input.stage
      ? await tx.stage.findFirst({ where: { organisationId, key: input.stage }, select: { id: true } })
      : null;
    if (input.stage && !stage) throw new ValidationError("stage", `No stage with key "${input.stage}".`);
    const report = {
      kind: input.kind,
      title: input.title,
      effect: input.effect,
      stageId: stage?.id ?? null,
      departmentId: place.departmentId ?? null,
    };
    const week = weekOf(place.at ?? new Date());
    if (!reporterId) return { named: false, receipt: await dropObstacleBallot(tx, organisationId, report, week) };
    const id = randomUUID();
    await tx.obstacleReport.create({ data: { id, organisationId, ...report, reportedWeek: week, reporterId } });
    return { named: true, id };
  });
}
