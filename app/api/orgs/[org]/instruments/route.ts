import { importInstrumentText } from "@/lib/diagnostic/instruments/import-instrument";
import { listInstruments } from "@/lib/diagnostic/instruments/list-instruments";
import { checkJsonText, requireJsonContentType } from "@/lib/http/parse-input";
import { readBodyText } from "@/lib/http/read-body";
import { orgRoute } from "@/lib/access/route-gates";

/** The organisation's instruments: the latest version of each, with older versions and the waves using them. */
export const GET = orgRoute("diagnostic:manage", async (_request, access) => listInstruments(access));

/** Import: the body is a throughline.instrument/1 file; a bad file is refused whole, errors by path. */
export const POST = orgRoute("diagnostic:manage", async (request, access) => {
  requireJsonContentType(request);
  const text = await readBodyText(request);
  checkJsonText(text); // nesting and unstorable strings; the file's own checks then name problems by path
  return Response.json(await importInstrumentText(access, text), { status: 201 });
});
