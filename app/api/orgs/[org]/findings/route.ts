import { listFindings, queryOf } from "@/lib/findings/list-findings";
import { orgRoute } from "@/lib/access/route-gates";

/**
 * The conflict analysis of the organisation's current model (DESIGN §4.2), filtered as the findings page
 * filters (lib/findings/list-findings.ts): an invalid filter is a 400 naming the field and the value;
 * dismissed findings are left out (counted in `dismissed`) unless `show=dismissed`.
 */
export const GET = orgRoute("organisation:read", async (request, access) => {
  const { findings, dismissed, analysis } = await listFindings(access, queryOf(request.url), "refuse");
  return { findings: findings.map((r) => r.finding), dismissed, alignment: analysis.alignment };
});
