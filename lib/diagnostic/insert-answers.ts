import { bulkInsert } from "@/lib/db/bulk-insert";
import type { DbTx } from "@/lib/db/types";

export type AnswerRow = { responseId: string; itemId: string; value: number | null };

/**
 * Writes answers in one statement per batch (CSV import and the demo write them this way), then their
 * responses' per-dimension scores — the mean recoded answer, "don't know" not counted, as scoring.ts
 * defines it — which results add up per segment. Submitting computes the same in its one statement.
 */
export async function insertAnswers(tx: DbTx, answers: readonly AnswerRow[]): Promise<void> {
  await bulkInsert(
    tx,
    "Answer",
    [
      { name: "responseId", type: "text", value: (a: AnswerRow) => a.responseId },
      { name: "itemId", type: "text", value: (a: AnswerRow) => a.itemId },
      { name: "value", type: "smallint", value: (a: AnswerRow) => a.value },
    ],
    answers,
  );
  const responseIds = [...new Set(answers.map((a) => a.responseId))];
  for (let start = 0; start < responseIds.length; start += 5000) {
    await tx.$executeRaw`
      UPDATE "Response" r SET "practicalScore" = s."practical", "personalScore" = s."personal", "possibleScore" = s."possible"
      FROM (
        SELECT a."responseId",
          avg(CASE WHEN i."reversed" THEN 6 - a."value" ELSE a."value" END) FILTER (WHERE i."dimension" = 'practical') AS "practical",
          avg(CASE WHEN i."reversed" THEN 6 - a."value" ELSE a."value" END) FILTER (WHERE i."dimension" = 'personal') AS "personal",
          avg(CASE WHEN i."reversed" THEN 6 - a."value" ELSE a."value" END) FILTER (WHERE i."dimension" = 'possible') AS "possible"
        FROM "Answer" a JOIN "InstrumentItem" i ON i."id" = a."itemId"
        WHERE a."responseId" = ANY(${responseIds.slice(start, start + 5000)}) AND a."value" BETWEEN 1 AND 5
        GROUP BY a."responseId"
      ) s
      WHERE r."id" = s."responseId"`;
  }
}
