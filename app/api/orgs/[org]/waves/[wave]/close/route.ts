import { closeWave } from "@/lib/diagnostic/waves/close-wave";
import { orgRoute } from "@/lib/access/route-gates";

export const POST = orgRoute<{ org: string; wave: string }>("diagnostic:manage", async (_request, access, params) =>
  closeWave(access, params.wave),
);
