import { orgRoute } from "@/lib/access/route-gates";
import { parseInput } from "@/lib/http/parse-input";
import { triageChoicesQuery } from "@/lib/obstacles/input";
import { searchTriageChoices } from "@/lib/obstacles/search-triage-choices";

/** What obstructs, or the behaviour it obstructs, found by words for the triage form (the first twenty). */
export const GET = orgRoute("obstacles:triage", async (request, access) =>
  searchTriageChoices(access, parseInput(triageChoicesQuery, Object.fromEntries(new URL(request.url).searchParams))),
);
