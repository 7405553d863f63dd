/** Fills a wave with generated respondents (written as the ballot box and imports write them). */
import { writeResponses } from "@/lib/diagnostic/write-responses";
import type { PrismaClient } from "@/lib/generated/prisma/client";

const LEVELS = ["leader", "manager", "frontline", "frontline", "frontline"];

/** Respondents spread over the departments, and over the roles when given (each role in its department). */
export async function loadWave(
  db: PrismaClient,
  waveId: string,
  instrumentId: string,
  respondents: number,
  departments: readonly string[],
  roles: readonly { key: string; department: string }[] = [],
): Promise<number> {
  const items = await db.instrumentItem.findMany({ where: { instrumentId } });
  for (let done = 0; done < respondents; done += 2000) {
    const batch = Array.from({ length: Math.min(2000, respondents - done) }, (_, i) => ({
      department: roles.length
        ? roles[(done + i) % roles.length]!.department
        : departments[(done + i) % departments.length]!,
      role: roles.length ? roles[(done + i) % roles.length]!.key : null,
      level: LEVELS[(done + i) % LEVELS.length]!,
      answers: Object.fromEntries(
        items.map((item, j) => [item.key, (i * 7 + j * 3) % 6 === 0 ? null : 1 + ((i + j) % 5)]),
      ),
    }));
    await writeResponses(db, waveId, items, batch);
  }
  return respondents * items.length;
}
