/** The customer room (DESIGN §5). */
import { assertCan, type OrgAccess } from "@/lib/access/org-access";
import { buildCustomerRoom, type RoomStage } from "./rules/customer-room";
import { reviewedFindings } from "./reviewed-findings";

/** The customer room's stages: stories, obstacles and conflicts per lifecycle stage. */
export async function getCustomerRoom(access: OrgAccess): Promise<RoomStage[]> {
  assertCan(access, "organisation:read");
  const { model, analysis, reviewed } = await reviewedFindings(access);
  return buildCustomerRoom(model, analysis, new Set(reviewed.filter((r) => r.hidden).map((r) => r.finding.id)));
}
