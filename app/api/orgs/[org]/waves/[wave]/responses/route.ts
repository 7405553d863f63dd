import { ValidationError } from "@/lib/errors";
import { importResponses } from "@/lib/diagnostic/waves/import-responses";
import { orgRoute } from "@/lib/http/route-handlers";

const MAX_BYTES = 20 * 1024 * 1024;

/** Import responses gathered elsewhere (CSV: department,role,level,<item key>…; the body is the file). */
export const POST = orgRoute<{ org: string; wave: string }>("diagnostic:manage", async (request, access, params) => {
  const text = await request.text();
  if (text.length > MAX_BYTES) throw new ValidationError("body", "The file is larger than 20 MB.");
  return importResponses(access, params.wave, text);
});
