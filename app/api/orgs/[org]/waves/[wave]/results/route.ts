import { z } from "zod";
import { getWaveResults } from "@/lib/diagnostic/results/wave-results";
import { parseInput } from "@/lib/http/parse-input";
import { orgRoute } from "@/lib/http/route-handlers";

const resultsQuery = z.object({ by: z.enum(["department", "role", "level"]).optional() });

/** The wave's §4.1 figures with anonymity applied; hidden figures say why. */
export const GET = orgRoute<{ org: string; wave: string }>("results:read-all", async (request, access, params) => {
  const { by } = parseInput(resultsQuery, Object.fromEntries(new URL(request.url).searchParams));
  return getWaveResults(access, params.wave, by);
});
