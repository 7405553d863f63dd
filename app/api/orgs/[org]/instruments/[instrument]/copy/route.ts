import { z } from "zod";
import { copyInstrument } from "@/lib/diagnostic/instruments/manage-instruments";
import { parseJsonBody } from "@/lib/http/parse-input";
import { orgRoute } from "@/lib/access/route-gates";

const copyInput = z.object({ name: z.string().trim().min(1, "Give the copy a name").max(200) });

/** Copies the instrument under a new name (a new lineage, version 1). */
export const POST = orgRoute<{ org: string; instrument: string }>("diagnostic:manage", async (request, access, params) => {
  const { name } = await parseJsonBody(request, copyInput);
  return Response.json(await copyInstrument(access, params.instrument, name), { status: 201 });
});
