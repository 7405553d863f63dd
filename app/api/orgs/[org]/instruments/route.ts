import { ValidationError } from "@/lib/errors";
import { importInstrumentText, listInstruments } from "@/lib/diagnostic/instruments/manage-instruments";
import { orgRoute } from "@/lib/http/route-handlers";

const MAX_INSTRUMENT_BYTES = 512 * 1024;

/** The organisation's instruments: the latest version of each, with older versions and the waves using them. */
export const GET = orgRoute("diagnostic:manage", async (_request, access) => listInstruments(access));

/** Import: the body is a throughline.instrument/1 file; a bad file is refused whole, errors by path. */
export const POST = orgRoute("diagnostic:manage", async (request, access) => {
  const text = await request.text();
  if (text.length > MAX_INSTRUMENT_BYTES) throw new ValidationError("body", "The file is larger than 512 KB.");
  return Response.json(await importInstrumentText(access, text), { status: 201 });
});
