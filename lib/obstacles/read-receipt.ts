/**
 * What a receipt link shows its holder (the reporter, without an account): the report's status and the
 * answer — nothing else of the organisation's. A merged report shows the answer of the one it joined; a
 * report still in the ballot box is "waiting" to join the list.
 */
import type { Db } from "@/lib/db/types";
import { hashSurveyToken } from "@/lib/diagnostic/survey-token";
import { NotFoundError } from "@/lib/errors";
import type { ObstacleStatus } from "@/lib/generated/prisma/client";
import { waitingHashOf } from "./ballot-box/waiting-hash";

export type Receipt = { organisation: string; status: ObstacleStatus | "waiting"; answer: string | null };

export async function readReceipt(db: Db, token: string): Promise<Receipt> {
  const report = await db.obstacleReport.findUnique({
    where: { receiptHash: hashSurveyToken(token) },
    select: {
      status: true,
      answer: true,
      organisation: { select: { name: true } },
      mergedInto: { select: { answer: true } },
    },
  });
  if (report) {
    return {
      organisation: report.organisation.name,
      status: report.status,
      answer: report.answer ?? report.mergedInto?.answer ?? null,
    };
  }
  const waiting = await db.obstacleBallot.findUnique({
    where: { waitingHash: waitingHashOf(token) },
    select: { organisation: { select: { name: true } } },
  });
  if (!waiting) throw new NotFoundError("Receipt");
  return { organisation: waiting.organisation.name, status: "waiting", answer: null };
}
