/**
 * Inserts many rows in one statement per batch: each column travels as one array parameter and
 * `unnest` turns the arrays back into rows. About ten times faster than createMany for large imports.
 * Table, column and type names come from code, never from input.
 */
import { Prisma } from "@/lib/generated/prisma/client";
import type { DbTx } from "./types";

export type BulkColumn<Row> =
  | { name: string; type: string; value: (row: Row) => unknown; wrap?: (column: string) => string }
  | { name: string; constant: string };

const BATCH = 5000;

export async function bulkInsert<Row>(
  tx: DbTx,
  table: string,
  columns: BulkColumn<Row>[],
  rows: readonly Row[],
  /** An `ON CONFLICT …` clause, from code (an upsert). */
  onConflict = "",
): Promise<void> {
  const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;
  for (let start = 0; start < rows.length; start += BATCH) {
    const batch = rows.slice(start, start + BATCH);
    const arrays = columns.filter((c): c is Extract<BulkColumn<Row>, { type: string }> => "type" in c);
    const unnestArgs = Prisma.join(
      arrays.map(
        (column) => Prisma.sql`${batch.map((row) => column.value(row) ?? null)}::${Prisma.raw(column.type)}[]`,
      ),
    );
    const aliases = arrays.map((_, i) => `c${i}`);
    const selected = columns.map((column) => {
      if ("constant" in column) return column.constant;
      const alias = aliases[arrays.indexOf(column)]!;
      return column.wrap ? column.wrap(alias) : alias;
    });
    await tx.$executeRaw(
      Prisma.sql`INSERT INTO ${Prisma.raw(quote(table))} (${Prisma.raw(columns.map((c) => quote(c.name)).join(", "))}) SELECT ${Prisma.raw(selected.join(", "))} FROM unnest(${unnestArgs}) AS t(${Prisma.raw(aliases.join(", "))}) ${Prisma.raw(onConflict)}`,
    );
  }
}
