import { appLink } from "@/lib/config/app-link";
import { renewSharedLink } from "@/lib/diagnostic/waves/renew-shared-link";
import { orgRoute } from "@/lib/access/route-gates";

/** Replaces the open wave's shared link (the old one stops working); the new one is returned once. */
export const POST = orgRoute<{ org: string; wave: string }>("diagnostic:manage", async (_request, access, params) => {
  const { sharedToken } = await renewSharedLink(access, params.wave);
  return { sharedLink: appLink(`/s/shared/${sharedToken}`) };
});
