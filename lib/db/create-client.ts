import { PrismaClient } from "@/lib/generated/prisma/client";
import { type DatabaseTarget, openDatabase, type OpenDatabase } from "./connection";

/** A Prisma client over a target, for scripts and tests (the app uses the singleton in client.ts). */
export function createClient(target: DatabaseTarget): {
  db: PrismaClient;
  database: OpenDatabase;
  close: () => Promise<void>;
} {
  const database = openDatabase(target);
  const db = new PrismaClient({ adapter: database.factory });
  return {
    db,
    database,
    close: async () => {
      await db.$disconnect();
      await database.close();
    },
  };
}
