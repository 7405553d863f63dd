import { z } from "zod";
import { ValidationError } from "@/lib/errors";
import { parseInput } from "@/lib/http/parse-input";
import { orgRoute } from "@/lib/http/route-handlers";
import { importStructureCsv } from "@/lib/model/csv/import-structure-csv";

const csvQuery = z.object({ kind: z.enum(["departments", "roles"], { message: 'kind must be "departments" or "roles"' }) });
const MAX_CSV_BYTES = 5 * 1024 * 1024;

/** Departments or roles from a CSV file (the body is the file's text): created or updated by key. */
export const POST = orgRoute("model:edit", async (request, access) => {
  const { kind } = parseInput(csvQuery, Object.fromEntries(new URL(request.url).searchParams));
  const text = await request.text();
  if (text.length > MAX_CSV_BYTES) throw new ValidationError("body", "The file is larger than 5 MB.");
  return importStructureCsv(access, kind, text);
});
