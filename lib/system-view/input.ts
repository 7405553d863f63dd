import { z } from "zod";
import { SEVERITIES } from "@/lib/alignment/rules/finding";

const MAX_KEY = 100;

const quoted = (value: unknown) => {
  const text = String(value);
  return `"${text.length > 40 ? `${text.slice(0, 39)}…` : text}"`;
};
/** An empty value means "any" (a filter form sends every field, "Any" as ""). */
const emptyIsAny = (value: unknown) => (value === "" ? undefined : value);

const optionalKey = (field: string) =>
  z.preprocess(
    emptyIsAny,
    z
      .string()
      .max(MAX_KEY, { error: (issue) => `${field}: ${quoted(issue.input)} is longer than a key can be.` })
      .optional(),
  );

/**
 * The system view's query, the same for the page and GET /api/orgs/[org]/system: what to focus
 * (`kpi:<key>`, `role:<key>`, `process:<key>`, `system:<key>`), the filters, and the departments opened
 * (a comma-separated list).
 */
export const systemGraphInput = z.object({
  focus: z.preprocess(
    emptyIsAny,
    z
      .string()
      .max(MAX_KEY + 10)
      .regex(/^(kpi|role|process|system):[^:]+$/, {
        error: (issue) => `focus: ${quoted(issue.input)} is not a KPI, role, process or system to focus.`,
      })
      .optional(),
  ),
  department: optionalKey("department"),
  stage: optionalKey("stage"),
  severity: z.preprocess(
    emptyIsAny,
    z
      .enum(SEVERITIES, {
        error: (issue) => `severity: ${quoted(issue.input)} is not one of ${SEVERITIES.join(", ")}.`,
      })
      .optional(),
  ),
  expand: z.preprocess(
    (value) => (typeof value === "string" ? value.split(",").filter(Boolean) : emptyIsAny(value)),
    z.array(z.string().max(MAX_KEY)).max(50, "expand: at most 50 departments at once.").optional(),
  ),
});
export type SystemGraphQuery = z.infer<typeof systemGraphInput>;

export const systemSearchInput = z.object({
  q: z.string().max(200, "q: at most 200 characters.").default(""),
});
