import { orgRoute } from "@/lib/access/route-gates";
import { parseInput, refuseJsonContentType } from "@/lib/http/parse-input";
import { readBodyText } from "@/lib/http/read-body";
import { importReadingsCsv } from "@/lib/kpis/import-readings-csv";
import { readingsCsvQuery } from "@/lib/kpis/input";

/** KPI readings from a CSV file (the body is the file's text), merged into the readings kept or replacing them. */
export const POST = orgRoute("model:edit", async (request, access) => {
  const { mode } = parseInput(readingsCsvQuery, Object.fromEntries(new URL(request.url).searchParams));
  refuseJsonContentType(request);
  return importReadingsCsv(access, mode, await readBodyText(request));
});
