import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";

export type Db = PrismaClient;
/** An open transaction. */
export type Tx = Prisma.TransactionClient;
/** A client or an open transaction: data functions accept either so callers can compose them. */
export type DbTx = Db | Tx;

/**
 * Runs `work` in the caller's transaction when given one, else in a new one. So a service that writes
 * in a transaction can also be one step of a bigger operation: the caller passes its `tx`, and all the
 * steps commit or roll back together.
 */
export function inTransaction<T>(db: DbTx, work: (tx: Tx) => Promise<T>): Promise<T> {
  return isClient(db) ? db.$transaction(work) : work(db);
}

// Not `$transaction`: Prisma 7's transaction client has one too (it opens a nested transaction).
// `$connect` is one of the methods a transaction client does not have, in its type and at run time.
function isClient(db: DbTx): db is Db {
  return typeof (db as { $connect?: unknown }).$connect === "function";
}
