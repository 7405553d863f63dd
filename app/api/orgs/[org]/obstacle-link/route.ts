import { orgRoute } from "@/lib/access/route-gates";
import { renewObstacleLink } from "@/lib/obstacles/obstacle-link-of";

/** Makes the organisation's obstacle link, or a new one (the old one stops working at once). */
export const POST = orgRoute("obstacles:link", async (_request, access) => renewObstacleLink(access));
