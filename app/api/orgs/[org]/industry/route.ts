import { parseJsonBody } from "@/lib/http/parse-input";
import { orgRoute } from "@/lib/access/route-gates";
import { setIndustry } from "@/lib/organisations/set-industry";
import { industryInput } from "@/lib/organisations/input";

/** The organisation's industry: which stage and lexicon templates its setup offers first. */
export const PUT = orgRoute("organisation:update", async (request, access) =>
  setIndustry(access, await parseJsonBody(request, industryInput)),
);
