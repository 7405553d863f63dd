import { copyInstrumentInput } from "@/lib/diagnostic/input";
import { copyInstrument } from "@/lib/diagnostic/instruments/copy-instrument";
import { parseJsonBody } from "@/lib/http/parse-input";
import { orgRoute } from "@/lib/access/route-gates";

/** Copies the instrument under a new name (a new lineage, version 1). */
export const POST = orgRoute<{ org: string; instrument: string }>(
  "diagnostic:manage",
  async (request, access, params) => {
    const { name } = await parseJsonBody(request, copyInstrumentInput);
    return Response.json(await copyInstrument(access, params.instrument, name), { status: 201 });
  },
);
