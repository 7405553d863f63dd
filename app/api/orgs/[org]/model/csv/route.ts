import { parseInput, refuseJsonContentType } from "@/lib/http/parse-input";
import { readBodyText } from "@/lib/http/read-body";
import { orgRoute } from "@/lib/access/route-gates";
import { structureCsvQuery } from "@/lib/model/input";
import { importStructureCsv } from "@/lib/model/csv/import-structure-csv";

/** Departments or roles from a CSV file (the body is the file's text): created or updated by key. */
export const POST = orgRoute("model:edit", async (request, access) => {
  const { kind } = parseInput(structureCsvQuery, Object.fromEntries(new URL(request.url).searchParams));
  refuseJsonContentType(request);
  const text = await readBodyText(request);
  return importStructureCsv(access, kind, text);
});
