import { appLink } from "@/lib/config/app-link";
import { parseJsonBody } from "@/lib/http/parse-input";
import { orgRoute } from "@/lib/access/route-gates";
import { openWorkshopInput } from "@/lib/workshops/input";
import { listWorkshops } from "@/lib/workshops/list-workshops";
import { openWorkshop } from "@/lib/workshops/open-workshop";

export const GET = orgRoute("organisation:read", async (_request, access) => listWorkshops(access));

/** Opens a workshop; its shared link is returned once (only its hash is kept). */
export const POST = orgRoute("workshops:run", async (request, access) => {
  const { name } = await parseJsonBody(request, openWorkshopInput);
  const { id, token } = await openWorkshop(access, name);
  return Response.json({ id, link: appLink(`/w/${token}`) }, { status: 201 });
});
