import type { z } from "zod";
import { formatPath } from "@/lib/model/rules/model-path";
import { type Instrument, instrumentSchema } from "@/lib/diagnostic/instrument-schema";

export type InstrumentValidation =
  { ok: true; instrument: Instrument } | { ok: false; errors: { path: string; message: string }[] };

/** Validates a `throughline.instrument/1` document's text; errors name the path. Never throws. */
export function validateInstrumentText(text: string): InstrumentValidation {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, errors: [{ path: "(document)", message: `invalid JSON: ${(error as Error).message}` }] };
  }
  const result = instrumentSchema.safeParse(value);
  if (result.success) return { ok: true, instrument: result.data };
  return { ok: false, errors: instrumentIssues(result.error) };
}

/** A schema error as paths (items[3].text) and messages. */
export function instrumentIssues(error: z.ZodError): { path: string; message: string }[] {
  return error.issues.map((issue) => ({
    path: formatPath(issue.path.filter((p): p is string | number => typeof p !== "symbol")),
    message: issue.message,
  }));
}
