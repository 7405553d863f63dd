/**
 * Each stage's "paperwork pile" for the customer room: how many reports there are still open and their
 * titles — never who made them. Keyed by stage key.
 */
import { assertCan, type OrgAccess } from "@/lib/access/org-access";
import { emptyObstacleBox } from "./ballot-box/empty-obstacle-box";

export type PaperworkPile = { count: number; titles: string[] };

/** At most `shown` titles per stage (the room says how many more). */
export async function paperworkPiles(access: OrgAccess, shown = 4): Promise<Map<string, PaperworkPile>> {
  assertCan(access, "organisation:read");
  // A batch of anonymous reports whose week is over joins the list as soon as someone looks at it.
  await emptyObstacleBox(access.db, access.organisation.id);
  const open = await access.db.obstacleReport.findMany({
    where: { organisationId: access.organisation.id, status: "open", stageId: { not: null } },
    select: { title: true, stage: { select: { key: true } } },
    orderBy: [{ reportedWeek: "desc" }, { title: "asc" }],
  });
  const piles = new Map<string, PaperworkPile>();
  for (const report of open) {
    const key = report.stage!.key;
    const pile = piles.get(key) ?? { count: 0, titles: [] };
    pile.count += 1;
    if (pile.titles.length < shown) pile.titles.push(report.title);
    piles.set(key, pile);
  }
  return piles;
}
