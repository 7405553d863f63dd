import { appLink } from "@/lib/config/app-link";
import { openWave } from "@/lib/diagnostic/waves/open-wave";
import { orgRoute } from "@/lib/access/route-gates";

/** Opens the wave; the shared link is returned once (only its hash is kept). */
export const POST = orgRoute<{ org: string; wave: string }>("diagnostic:manage", async (_request, access, params) => {
  const { sharedToken } = await openWave(access, params.wave);
  return { sharedLink: appLink(`/s/shared/${sharedToken}`) };
});
