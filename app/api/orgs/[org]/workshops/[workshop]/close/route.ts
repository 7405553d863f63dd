import { orgRoute } from "@/lib/access/route-gates";
import { closeWorkshop } from "@/lib/workshops/close-workshop";

export const POST = orgRoute<{ org: string; workshop: string }>("workshops:run", async (_request, access, params) =>
  closeWorkshop(access, params.workshop),
);
