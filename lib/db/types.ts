import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";

export type Db = PrismaClient;
/** A client or an open transaction: data functions accept either so callers can compose them. */
export type DbTx = PrismaClient | Prisma.TransactionClient;
