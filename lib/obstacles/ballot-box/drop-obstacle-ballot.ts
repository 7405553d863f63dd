/**
 * An anonymous obstacle report goes into the organisation's ballot box, not the triage list: sealed with
 * the app's key, with a random id and its week, no finer time. Another transaction moves the box's reports
 * into the list once their week is over and there are enough of them (`empty-obstacle-box.ts`), so neither
 * the transaction that wrote a report, nor its place in the table, nor a time finer than the week joins it
 * to the request — the session, the member — it came in.
 */
import { randomUUID } from "node:crypto";
import type { Tx } from "@/lib/db/types";
import { obstacleBallotKey, seal } from "@/lib/diagnostic/ballot-box/seal";
import { newSurveyToken } from "@/lib/diagnostic/survey-token";
import type { SealedReport } from "./sealed-report";
import { waitingHashOf } from "./waiting-hash";

/**
 * Every ballot is sealed at this one size (bytes of JSON before sealing): a ballot's length would otherwise be
 * its report's, and pair the row a database administrator saw arrive with the report that later joins the
 * list. The longest report the input allows (200 + 2,000 characters, at most 6 bytes each in JSON) fits.
 */
export const SEALED_BYTES = 16_384;

/** The report and spaces to make it SEALED_BYTES long (what `unseal` gives back: `{ report, pad }`). */
export function padded(report: SealedReport): { report: SealedReport; pad: string } {
  const short = Buffer.byteLength(JSON.stringify({ report, pad: "" }));
  if (short > SEALED_BYTES) throw new Error(`An obstacle report of ${short} bytes is longer than a ballot holds.`);
  return { report, pad: " ".repeat(SEALED_BYTES - short) };
}

/** Returns the receipt (shown once to the reporter; the report will keep only its hash). */
export async function dropObstacleBallot(
  tx: Tx,
  organisationId: string,
  report: Omit<SealedReport, "receiptHash">,
  week: Date,
): Promise<string> {
  const receipt = newSurveyToken();
  await tx.obstacleBallot.create({
    data: {
      id: randomUUID(),
      organisationId,
      sealed: seal(padded({ ...report, receiptHash: receipt.tokenHash }), obstacleBallotKey()),
      waitingHash: waitingHashOf(receipt.token),
      week,
    },
  });
  return receipt.token;
}
