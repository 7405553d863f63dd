import { filterFindings } from "@/lib/alignment/filter-findings";
import { findingFilterInput } from "@/lib/alignment/finding-filter-input";
import { getOrganisationAnalysis } from "@/lib/alignment/get-organisation-analysis";
import { parseInput } from "@/lib/http/parse-input";
import { orgRoute } from "@/lib/access/route-gates";

/** The conflict analysis of the organisation's current model (DESIGN §4.2), optionally filtered. */
export const GET = orgRoute("organisation:read", async (request, access) => {
  const filter = parseInput(findingFilterInput, Object.fromEntries(new URL(request.url).searchParams));
  const { model, analysis } = await getOrganisationAnalysis(access);
  const findings = filterFindings(model, analysis.findings, filter);
  return { findings, alignment: analysis.alignment };
});
