/** A report through the organisation's obstacle link (no account): always anonymous. */
import type { Db } from "@/lib/db/types";
import { hashSurveyToken } from "@/lib/diagnostic/survey-token";
import { NotFoundError } from "@/lib/errors";
import { addObstacleReport } from "./add-obstacle-report";
import { emptyObstacleBox } from "./ballot-box/empty-obstacle-box";
import type { ObstacleReportInput } from "./input";
import { receiptUrl } from "./obstacle-link";

/** The organisation a link token belongs to: 404 for a wrong or replaced token. */
export async function organisationOfObstacleLink(db: Db, token: string) {
  const organisation = await db.organisation.findUnique({
    where: { obstacleLinkHash: hashSurveyToken(token) },
    select: { id: true, name: true },
  });
  if (!organisation) throw new NotFoundError("Obstacle link");
  return organisation;
}

export async function reportObstacleByLink(
  db: Db,
  token: string,
  input: ObstacleReportInput,
): Promise<{ receipt: string }> {
  const organisation = await organisationOfObstacleLink(db, token);
  const taken = await addObstacleReport(db, { organisationId: organisation.id }, input);
  if (taken.named) throw new Error("A report through the obstacle link is never named.");
  await emptyObstacleBox(db, organisation.id);
  return { receipt: receiptUrl(taken.receipt) };
}
