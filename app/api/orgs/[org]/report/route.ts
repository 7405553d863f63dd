import { parseInput } from "@/lib/http/parse-input";
import { orgRoute } from "@/lib/access/route-gates";
import { slugify } from "@/lib/organisations/rules/slug";
import { reportQuery } from "@/lib/reports/input";
import { renderDiagnosticReport } from "@/lib/reports/diagnostic-report";
import { gatherReport } from "@/lib/reports/report-data";

export const runtime = "nodejs";

/** The diagnostic report as a PDF: the latest closed wave (or `?wave=`), under the member's results scope. */
export const GET = orgRoute("results:read", async (request, access) => {
  const { wave } = parseInput(reportQuery, Object.fromEntries(new URL(request.url).searchParams));
  const data = await gatherReport(access, wave);
  const pdf = await renderDiagnosticReport(data);
  return new Response(new Uint8Array(pdf), {
    headers: {
      "content-type": "application/pdf",
      "content-disposition": `attachment; filename="${slugify(access.organisation.name)}-diagnostic-report-${data.generatedOn}.pdf"`,
      "cache-control": "private, no-store",
    },
  });
});
