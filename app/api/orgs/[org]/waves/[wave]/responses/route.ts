import { importResponses } from "@/lib/diagnostic/waves/import-responses";
import { refuseJsonContentType } from "@/lib/http/parse-input";
import { readBodyText } from "@/lib/http/read-body";
import { orgRoute } from "@/lib/access/route-gates";

/** Import responses gathered elsewhere (CSV: department,role,level,<item key>…; the body is the file). */
export const POST = orgRoute<{ org: string; wave: string }>("diagnostic:manage", async (request, access, params) => {
  refuseJsonContentType(request);
  return importResponses(access, params.wave, await readBodyText(request));
});
