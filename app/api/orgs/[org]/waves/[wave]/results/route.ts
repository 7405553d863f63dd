import { ConflictError } from "@/lib/errors";
import { resultsQuery } from "@/lib/diagnostic/input";
import { resultsToCsv } from "@/lib/diagnostic/results/results-csv";
import { getWaveResults } from "@/lib/diagnostic/results/get-wave-results";
import { segmentNames } from "@/lib/diagnostic/results/segment-names";
import { slugify } from "@/lib/organisations/rules/slug";
import { parseInput } from "@/lib/http/parse-input";
import { orgRoute } from "@/lib/access/route-gates";

/**
 * The wave's §4.1 figures as the member may see them (the same view as the page); hidden figures say
 * why. `format=csv` for a spreadsheet. Before anything is published, JSON says so and CSV answers 409.
 */
export const GET = orgRoute<{ org: string; wave: string }>("results:read", async (request, access, params) => {
  const { by, format } = parseInput(resultsQuery, Object.fromEntries(new URL(request.url).searchParams));
  const results = await getWaveResults(access, params.wave, by);
  if (format === "json") return results;
  if (!results.available) throw new ConflictError(results.message);
  return new Response(resultsToCsv(results, results.statements, await segmentNames(access, by)), {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${slugify(results.wave.name)}-results.csv"`,
      "cache-control": "no-store",
    },
  });
});
