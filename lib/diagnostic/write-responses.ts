/**
 * Writes responses and their answers in the order given (the ballot box shuffles them first), with
 * each respondent's mean per dimension computed by scoring.ts — the one definition the app, the
 * command line and exports share — so results can add those means up per group.
 */
import { randomUUID } from "node:crypto";
import { bulkInsert } from "@/lib/db/bulk-insert";
import type { DbTx } from "@/lib/db/types";
import type { Prisma } from "@/lib/generated/prisma/client";
import { DIMENSIONS, type Dimension, type InstrumentItem } from "./instrument-schema";
import { respondentDimensionScore, type DiagnosticResponse } from "./rules/scoring";

/** A statement as stored: the scoring fields and its row id. */
// Scoring reads a statement by id and key; its translations play no part (answers pool across languages).
export type StoredItem = Omit<InstrumentItem, "translations" | "themeTranslations"> & { id: string };

export type ResponseToWrite = Pick<DiagnosticResponse, "answers" | "comments"> & {
  department: string | null;
  role: string | null;
  level: string | null;
};

type Row = {
  id: string;
  response: ResponseToWrite;
  scores: Record<Dimension, number | null>;
  comments: Prisma.InputJsonValue;
};

export async function writeResponses(
  tx: DbTx,
  waveId: string,
  items: readonly StoredItem[],
  responses: readonly ResponseToWrite[],
): Promise<void> {
  const byKey = new Map(items.map((item) => [item.key, item]));
  const rows: Row[] = responses.map((response) => ({
    id: randomUUID(),
    response,
    scores: Object.fromEntries(
      DIMENSIONS.map((d) => [d, respondentDimensionScore(items, { answers: response.answers }, d)]),
    ) as Record<Dimension, number | null>,
    comments: Object.fromEntries(
      Object.entries(response.comments ?? {}).flatMap(([d, text]) => (text?.trim() ? [[d, text.trim()]] : [])),
    ),
  }));
  await bulkInsert(
    tx,
    "Response",
    [
      { name: "id", type: "text", value: (r: Row) => r.id },
      { name: "waveId", type: "text", value: () => waveId },
      { name: "department", type: "text", value: (r: Row) => r.response.department },
      { name: "role", type: "text", value: (r: Row) => r.response.role },
      { name: "level", type: "text", value: (r: Row) => r.response.level },
      { name: "comments", type: "jsonb", value: (r: Row) => JSON.stringify(r.comments) },
      { name: "practicalScore", type: "float8", value: (r: Row) => r.scores.practical },
      { name: "personalScore", type: "float8", value: (r: Row) => r.scores.personal },
      { name: "possibleScore", type: "float8", value: (r: Row) => r.scores.possible },
    ],
    rows,
  );
  type AnswerRow = { responseId: string; itemId: string; value: number | null };
  const answers: AnswerRow[] = rows.flatMap((r) =>
    Object.entries(r.response.answers).flatMap(([key, value]) => {
      const item = byKey.get(key);
      return item ? [{ responseId: r.id, itemId: item.id, value }] : [];
    }),
  );
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
}
