/** The customer room (DESIGN §5). */
import { assertCan, type OrgAccess } from "@/lib/access/org-access";
import { buildCustomerRoom, type RoomStage } from "./rules/customer-room";
import { mostSevereStage } from "./rules/most-severe-stage";
import { reviewedFindings } from "./reviewed-findings";

export type CustomerRoom = {
  stages: RoomStage[];
  /** The stage the wall makes stand out: the most severe conflicts; null when there are none. */
  mostSevere: string | null;
};

/** The customer room's stages (stories, obstacles and conflicts per lifecycle stage) and the one to mark. */
export async function getCustomerRoom(access: OrgAccess): Promise<CustomerRoom> {
  assertCan(access, "organisation:read");
  const [{ model, analysis, reviewed }, stories] = await Promise.all([
    reviewedFindings(access),
    access.db.story.findMany({
      where: { organisationId: access.organisation.id },
      select: { key: true, createdAt: true, clip: { select: { id: true } } },
    }),
  ]);
  const stages = buildCustomerRoom(
    model,
    analysis,
    new Set(reviewed.filter((r) => r.hidden).map((r) => r.finding.id)),
    new Set(stories.filter((s) => s.clip).map((s) => s.key)),
    new Map(stories.map((s) => [s.key, s.createdAt.getTime()])),
  );
  return { stages, mostSevere: mostSevereStage(stages) };
}
