import { appLink } from "@/lib/config/app-link";
import { orgRoute } from "@/lib/access/route-gates";
import { renewWorkshopLink } from "@/lib/workshops/renew-workshop-link";

/** Replaces an open workshop's link (the old one stops working); the new one is returned once. */
export const POST = orgRoute<{ org: string; workshop: string }>("workshops:run", async (_request, access, params) => {
  const { token } = await renewWorkshopLink(access, params.workshop);
  return { link: appLink(`/w/${token}`) };
});
