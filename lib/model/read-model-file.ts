/**
 * A posted model file, read and checked whole (DESIGN §7): the same steps for the check-only request
 * and the import, so what the check accepts the import accepts. Throws ModelFileError listing every problem.
 */
import { ModelFileError } from "@/lib/errors";
import { checkJsonText, requireJsonContentType } from "@/lib/http/parse-input";
import { readBodyText } from "@/lib/http/read-body";
import { MAX_MODEL_FILE_BYTES } from "@/lib/model/limits";
import type { ModelDocument } from "@/lib/model/model-schema";
import { validateModelText } from "@/lib/model/rules/validate-model";

export async function readModelFile(request: Request): Promise<ModelDocument> {
  requireJsonContentType(request);
  const text = await readBodyText(request, MAX_MODEL_FILE_BYTES);
  checkJsonText(text); // nesting and unstorable strings; the file's own checks then name problems by line
  const validation = validateModelText(text);
  if (!validation.ok) throw new ModelFileError(validation.errors);
  return validation.model;
}

/** What a checked file holds, so the user can be asked about replacing the model knowing what comes in. */
export function modelFileContents(model: ModelDocument) {
  return {
    departments: model.departments.length,
    roles: model.roles.length,
    behaviours: model.behaviours.length,
    kpis: model.kpis.length,
    influences: model.influences.length,
  };
}
