import { bulkInsert } from "@/lib/db/bulk-insert";
import type { DbTx } from "@/lib/db/types";

export type AnswerRow = { responseId: string; itemId: string; value: number | null };

/** Writes answers in one statement per batch (submission, CSV import and the demo all write them this way). */
export function insertAnswers(tx: DbTx, answers: readonly AnswerRow[]): Promise<void> {
  return bulkInsert(
    tx,
    "Answer",
    [
      { name: "responseId", type: "text", value: (a: AnswerRow) => a.responseId },
      { name: "itemId", type: "text", value: (a: AnswerRow) => a.itemId },
      { name: "value", type: "smallint", value: (a: AnswerRow) => a.value },
    ],
    answers,
  );
}
