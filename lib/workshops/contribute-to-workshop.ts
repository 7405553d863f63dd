/**
 * The participant's side of an empathy workshop (no sign-in): the shared link shows the exercise, and
 * each submission adds the moments it holds — with no name, link or time kept beside them.
 */
import { randomUUID } from "node:crypto";
import type { Db } from "@/lib/db/types";
import type { WorkshopContribution } from "./input";
import { openWorkshopOf } from "./open-workshop-of";

export async function contributeToWorkshop(
  db: Db,
  token: string,
  contribution: WorkshopContribution,
): Promise<{ added: number }> {
  const workshop = await openWorkshopOf(db, token);
  const entries = (["best", "worst"] as const).flatMap((moment) => {
    const given = contribution[moment];
    return given
      ? [
          {
            id: randomUUID(),
            workshopId: workshop.id,
            moment,
            story: given.story,
            why: given.why,
            weCreateIt: given.weCreateIt,
          },
        ]
      : [];
  });
  await db.workshopEntry.createMany({ data: entries });
  return { added: entries.length };
}
