import { getParticipationBySegment } from "@/lib/diagnostic/participation/get-participation-by-segment";
import { orgRoute } from "@/lib/access/route-gates";

/**
 * Who was invited and how many answered, per department and role, as the member may see it (the wave
 * page reads it again every few seconds while the wave is open). Never the answers.
 */
export const GET = orgRoute<{ org: string; wave: string }>("results:read", async (_request, access, params) =>
  getParticipationBySegment(access, params.wave),
);
