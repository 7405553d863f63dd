import { z } from "zod";
import { RULES, SEVERITIES } from "./rules/finding";

const RULE_IDS = Object.keys(RULES) as [keyof typeof RULES, ...(keyof typeof RULES)[]];
const MAX_KEY = 100;

/** How a value found in the query is quoted in a message: as given, cut short when long. */
const quoted = (value: unknown) => {
  const text = String(value);
  return `"${text.length > 40 ? `${text.slice(0, 39)}…` : text}"`;
};

/** An empty value means "any" (a filter form sends every field, "Any" as ""). */
const emptyIsAny = (value: unknown) => (value === "" ? undefined : value);

/** One of a fixed list; the message names the field, the value found and what it may be. */
function choice<const T extends readonly [string, ...string[]]>(field: string, values: T) {
  return z.preprocess(
    emptyIsAny,
    z
      .enum(values, { error: (issue) => `${field}: ${quoted(issue.input)} is not one of ${values.join(", ")}.` })
      .optional(),
  );
}

const optionalKey = (field: string) =>
  z.preprocess(
    emptyIsAny,
    z
      .string()
      .max(MAX_KEY, {
        error: (issue) => `${field}: ${quoted(issue.input)} is longer than a key can be (${MAX_KEY} characters).`,
      })
      .optional(),
  );

/** The findings filter as it arrives in a query string; empty values mean "any". */
export const findingFilterInput = z.object({
  severity: choice("severity", SEVERITIES),
  rule: choice("rule", RULE_IDS),
  department: optionalKey("department"),
  role: optionalKey("role"),
  stage: optionalKey("stage"),
});

/**
 * The findings list's whole query, the same for the findings page and GET /api/orgs/[org]/findings: the
 * filter, `show=dismissed` (only the dismissed findings instead of the others) and `sort` (by severity,
 * the default, or by rule).
 */
export const findingListInput = findingFilterInput.extend({
  show: choice("show", ["dismissed"] as const),
  sort: choice("sort", ["severity", "rule"] as const),
});

export type FindingListQuery = z.infer<typeof findingListInput>;
