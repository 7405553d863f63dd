import { getInstrument } from "@/lib/diagnostic/instruments/get-instrument";
import { saveInstrument } from "@/lib/diagnostic/instruments/save-instrument";
import { readJsonBody } from "@/lib/http/parse-input";
import { orgRoute } from "@/lib/access/route-gates";
import { slugify } from "@/lib/organisations/rules/slug";

type Params = { org: string; instrument: string };

/** Export: the instrument as a throughline.instrument/1 file. */
export const GET = orgRoute<Params>("diagnostic:manage", async (_request, access, params) => {
  const { document, version } = await getInstrument(access, params.instrument);
  return new Response(JSON.stringify(document, null, 2) + "\n", {
    headers: {
      "content-type": "application/json; charset=utf-8",
      "content-disposition": `attachment; filename="${slugify(document.name)}-v${version}.instrument.json"`,
    },
  });
});

/** Saves an edited instrument (the body is the whole document); a frozen one becomes a new version. */
export const PUT = orgRoute<Params>("diagnostic:manage", async (request, access, params) => {
  return saveInstrument(access, params.instrument, await readJsonBody(request));
});
