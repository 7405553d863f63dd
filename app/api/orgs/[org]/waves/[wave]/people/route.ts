import { deletePeopleList } from "@/lib/diagnostic/audience/delete-people-list";
import { getAudience } from "@/lib/diagnostic/audience/get-audience";
import { importPeople } from "@/lib/diagnostic/audience/import-people";
import { refuseJsonContentType } from "@/lib/http/parse-input";
import { readBodyText } from "@/lib/http/read-body";
import { orgRoute } from "@/lib/access/route-gates";

/** Where the wave's people list stands: how many are listed, sent, failed. */
export const GET = orgRoute<{ org: string; wave: string }>("diagnostic:manage", (_request, access, params) =>
  getAudience(access, params.wave),
);

/** A people list (CSV: email, department, role, level, language; the body is the file). */
export const POST = orgRoute<{ org: string; wave: string }>("diagnostic:manage", async (request, access, params) => {
  refuseJsonContentType(request);
  return importPeople(access, params.wave, await readBodyText(request));
});

/** Forget who was asked, once the wave is closed (results and participation stay). */
export const DELETE = orgRoute<{ org: string; wave: string }>("diagnostic:manage", (_request, access, params) =>
  deletePeopleList(access, params.wave),
);
