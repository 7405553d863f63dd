import { parseJsonBody } from "@/lib/http/parse-input";
import { orgRoute } from "@/lib/access/route-gates";
import { reportBrandingInput } from "@/lib/reports/input";
import { setReportBranding } from "@/lib/reports/set-report-branding";

/** The diagnostic report's branding: accent colour, "prepared by" and a logo (owners / consultants). */
export const PUT = orgRoute("organisation:update", async (request, access) =>
  setReportBranding(access, await parseJsonBody(request, reportBrandingInput)),
);
