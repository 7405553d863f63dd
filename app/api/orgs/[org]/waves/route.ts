import { z } from "zod";
import { createWave, currentInstrumentId } from "@/lib/diagnostic/waves/manage-waves";
import { parseJsonBody } from "@/lib/http/parse-input";
import { orgRoute } from "@/lib/http/route-handlers";

const waveInput = z.object({
  name: z.string().trim().min(2, "Give the wave a name").max(120),
  k: z.number().int().min(3, "k is at least 3").max(50).default(5),
});

export const POST = orgRoute("diagnostic:manage", async (request, access) => {
  const input = await parseJsonBody(request, waveInput);
  return Response.json(await createWave(access, { ...input, instrumentId: await currentInstrumentId(access) }), { status: 201 });
});
