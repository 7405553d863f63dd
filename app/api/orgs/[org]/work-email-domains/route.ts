import { parseJsonBody } from "@/lib/http/parse-input";
import { orgRoute } from "@/lib/access/route-gates";
import { setWorkEmailDomains } from "@/lib/organisations/set-work-email-domains";
import { workEmailDomainsInput } from "@/lib/organisations/input";

/** The work email domains a verified shared link accepts (empty: any address). */
export const PUT = orgRoute("organisation:update", async (request, access) =>
  setWorkEmailDomains(access, await parseJsonBody(request, workEmailDomainsInput)),
);
