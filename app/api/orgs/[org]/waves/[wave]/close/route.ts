import { closeWave } from "@/lib/diagnostic/waves/manage-waves";
import { orgRoute } from "@/lib/http/route-handlers";

export const POST = orgRoute<{ org: string; wave: string }>("diagnostic:manage", async (_request, access, params) => closeWave(access, params.wave));
