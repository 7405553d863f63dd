/**
 * An anonymous obstacle report goes into the organisation's ballot box, not the triage list: sealed with
 * the app's key, with a random id and no time. Another transaction moves the box's reports into the list
 * when there are enough of them (`empty-obstacle-box.ts`), so neither the transaction that wrote a report,
 * nor its place in the table, nor a time joins it to the request — the session, the member — it came in.
 */
import { randomUUID } from "node:crypto";
import type { Tx } from "@/lib/db/types";
import { obstacleBallotKey, seal } from "@/lib/diagnostic/ballot-box/seal";
import { newSurveyToken } from "@/lib/diagnostic/survey-token";
import type { SealedReport } from "./sealed-report";
import { waitingHashOf } from "./waiting-hash";

/** Returns the receipt (shown once to the reporter; the report will keep only its hash). */
export async function dropObstacleBallot(
  tx: Tx,
  organisationId: string,
  report: Omit<SealedReport, "receiptHash">,
): Promise<string> {
  const receipt = newSurveyToken();
  const sealed: SealedReport = { ...report, receiptHash: receipt.tokenHash };
  await tx.obstacleBallot.create({
    data: {
      id: randomUUID(),
      organisationId,
      sealed: seal(sealed, obstacleBallotKey()),
      waitingHash: waitingHashOf(receipt.token),
    },
  });
  return receipt.token;
}
