import { readFileSync } from "node:fs";
import path from "node:path";
import type { ModelDocument } from "@/lib/model/model-schema";
import { validateModelText } from "@/lib/model/rules/validate-model";

/** The Harbour Mutual example of shared/examples (copied into lib/alignment/fixtures, with counters and KPI links added). */
export function exampleModel(): ModelDocument {
  const result = validateModelText(
    readFileSync(path.resolve(__dirname, "../alignment/fixtures/harbour-mutual.model.json"), "utf8"),
  );
  if (!result.ok) throw new Error("The example model is invalid");
  return result.model;
}
