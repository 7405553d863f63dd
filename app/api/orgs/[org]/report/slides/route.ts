import { parseInput } from "@/lib/http/parse-input";
import { orgRoute } from "@/lib/access/route-gates";
import { slugify } from "@/lib/organisations/rules/slug";
import { reportQuery } from "@/lib/reports/input";
import { gatherReport } from "@/lib/reports/report-data";
import { renderSlides } from "@/lib/reports/slides/render-slides";

export const runtime = "nodejs";

/** The diagnostic report as an editable slide deck (PPTX): the same figures and anonymity as the PDF. */
export const GET = orgRoute("results:read", async (request, access) => {
  const { wave } = parseInput(reportQuery, Object.fromEntries(new URL(request.url).searchParams));
  const data = await gatherReport(access, wave);
  const deck = await renderSlides(data);
  return new Response(new Uint8Array(deck), {
    headers: {
      "content-type": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
      "content-disposition": `attachment; filename="${slugify(access.organisation.name)}-diagnostic-report-${data.generatedOn}.pptx"`,
      "cache-control": "private, no-store",
    },
  });
});
