/** What the public report page needs: the organisation's name and its lifecycle stages (404 for a wrong link). */
import type { Db } from "@/lib/db/types";
import { organisationOfObstacleLink } from "./report-obstacle-by-link";

export async function describeObstacleLink(db: Db, token: string) {
  const organisation = await organisationOfObstacleLink(db, token);
  const stages = await db.stage.findMany({
    where: { organisationId: organisation.id },
    orderBy: { position: "asc" },
    select: { key: true, name: true },
  });
  return { organisation: organisation.name, stages };
}
