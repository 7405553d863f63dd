import { waveInput } from "@/lib/diagnostic/input";
import { currentInstrumentId } from "@/lib/diagnostic/instruments/get-current-instrument-id";
import { createWave } from "@/lib/diagnostic/waves/create-wave";
import { parseJsonBody } from "@/lib/http/parse-input";
import { orgRoute } from "@/lib/access/route-gates";

const DAY_MS = 24 * 3600 * 1000;

export const POST = orgRoute("diagnostic:manage", async (request, access) => {
  const { opensOn, closesOn, instrumentId, ...input } = await parseJsonBody(request, waveInput);
  const created = await createWave(access, {
    ...input,
    instrumentId: instrumentId ?? (await currentInstrumentId(access)),
    opensAt: opensOn ? new Date(`${opensOn}T00:00:00Z`) : null,
    closesAt: closesOn ? new Date(new Date(`${closesOn}T00:00:00Z`).getTime() + DAY_MS) : null,
  });
  return Response.json(created, { status: 201 });
});
