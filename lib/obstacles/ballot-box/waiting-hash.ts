import { createHash } from "node:crypto";

/**
 * The hash a waiting report is found by from its receipt. Not the hash the report will carry
 * (`hashSurveyToken`): a database administrator who compares the two tables finds no value in common.
 */
export function waitingHashOf(receipt: string): string {
  return createHash("sha256").update(`obstacle waiting:${receipt}`).digest("hex");
}
