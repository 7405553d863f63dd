import { z } from "zod";
import { RULES, SEVERITIES } from "./finding";

const optionalKey = z
  .string()
  .max(100)
  .optional()
  .transform((value) => value || undefined);

/** The findings filter as it arrives in a query string; empty values mean "any". */
export const findingFilterInput = z.object({
  severity: z.union([z.enum(SEVERITIES), z.literal("")]).optional().transform((v) => v || undefined),
  rule: z.union([z.enum(Object.keys(RULES) as [keyof typeof RULES, ...(keyof typeof RULES)[]]), z.literal("")]).optional().transform((v) => v || undefined),
  department: optionalKey,
  role: optionalKey,
  stage: optionalKey,
});
