/** Fills a wave with generated respondents (answers in one statement per batch, as imports do). */
import { randomUUID } from "node:crypto";
import { insertAnswers } from "@/lib/diagnostic/insert-answers";
import type { PrismaClient } from "@/lib/generated/prisma/client";

const LEVELS = ["leader", "manager", "frontline", "frontline", "frontline"];

export async function loadWave(db: PrismaClient, waveId: string, instrumentId: string, respondents: number, departments: readonly string[]): Promise<number> {
  const items = await db.instrumentItem.findMany({ where: { instrumentId } });
  for (let done = 0; done < respondents; done += 2000) {
    const batch = Array.from({ length: Math.min(2000, respondents - done) }, (_, i) => ({ id: randomUUID(), department: departments[(done + i) % departments.length]!, level: LEVELS[(done + i) % LEVELS.length]! }));
    await db.response.createMany({ data: batch.map((r) => ({ ...r, waveId })) });
    await insertAnswers(db, batch.flatMap((r, i) => items.map((item, j) => ({ responseId: r.id, itemId: item.id, value: (i * 7 + j * 3) % 6 === 0 ? null : 1 + ((i + j) % 5) }))));
  }
  return respondents * items.length;
}
