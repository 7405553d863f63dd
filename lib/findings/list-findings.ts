/**
 * The findings list, the same for the findings page and GET /api/orgs/[org]/findings: one query schema
 * (lib/alignment/input.ts), one filter, one rule for dismissed findings.
 *
 * Decisions, so page and API cannot drift apart again:
 * - An invalid value (`severity=extreme`) is never ignored silently and never a 500. The API refuses it:
 *   400 naming the field and the value found. The page shows that same message in an alert above the
 *   list and lists the findings without that one filter (the other filters still apply).
 * - Dismissed findings (dismissed, and their subjects unchanged since) are left out by default, on both;
 *   `show=dismissed` lists only them instead. The API used to include them: no test asserted it, and
 *   following the page changed the fewest asserted behaviours. The API answer says how many it left out
 *   (`dismissed`), as the page's "n dismissed" link does.
 * - A name given twice in the query counts with its last value (as the API always read it).
 */
import type { Analysis } from "@/lib/alignment/rules/analyze-model";
import { filterFindings } from "@/lib/alignment/rules/filter-findings";
import { compareRules } from "@/lib/alignment/rules/finding";
import { findingListInput, type FindingListQuery } from "@/lib/alignment/input";
import { ValidationError } from "@/lib/errors";
import type { OrgAccess } from "@/lib/access/org-access";
import type { ModelDocument } from "@/lib/model/model-schema";
import { badCharacters } from "@/lib/http/parse-input";
import { getReviewedFindings, type ReviewedFinding } from "./get-reviewed-findings";

/** A query string as a page receives it (a name given twice is an array); `queryOf` makes one from a URL. */
export type RawQuery = Record<string, string | string[] | undefined>;
/** A value of the query that was not taken: the field and a message naming the value found. */
export type FindingQueryProblem = { field: string; message: string };

export function queryOf(url: string | URL): RawQuery {
  return Object.fromEntries(new URL(url).searchParams);
}

/** The query, with every field that is not valid left out and named in `problems`. */
export function parseFindingQuery(raw: RawQuery): { query: FindingListQuery; problems: FindingQueryProblem[] } {
  const input: Record<string, string | undefined> = {};
  const problems: FindingQueryProblem[] = [];
  for (const field of Object.keys(findingListInput.shape)) {
    const given = raw[field];
    const value = Array.isArray(given) ? given.at(-1) : given;
    const bad = value === undefined ? null : badCharacters(value);
    if (bad) problems.push({ field, message: `${field} ${bad}.` });
    else input[field] = value;
  }
  let parsed = findingListInput.safeParse(input);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0]);
      if (problems.some((p) => p.field === field)) continue;
      problems.push({ field, message: issue.message });
      delete input[field];
    }
    parsed = findingListInput.safeParse(input);
  }
  if (!parsed.success) throw new Error("The findings query did not parse without its invalid fields.");
  return { query: parsed.data, problems };
}

/** The findings to list for a query, in order, and how many dismissed ones match the filter. Pure. */
export function selectFindings(
  model: ModelDocument,
  reviewed: readonly ReviewedFinding[],
  query: FindingListQuery,
): { findings: ReviewedFinding[]; dismissed: number } {
  const byId = new Map(reviewed.map((r) => [r.finding.id, r]));
  const matching = filterFindings(
    model,
    reviewed.map((r) => r.finding),
    query,
  ).map((finding) => byId.get(finding.id)!);
  const showDismissed = query.show === "dismissed";
  const listed = matching.filter((r) => r.hidden === showDismissed);
  // Findings arrive most severe first; sorting by rule keeps that order within each rule.
  const findings =
    query.sort === "rule" ? [...listed].sort((a, b) => compareRules(a.finding.rule, b.finding.rule)) : listed;
  return { findings, dismissed: matching.filter((r) => r.hidden).length };
}

export type FindingList = {
  model: ModelDocument;
  analysis: Analysis;
  query: FindingListQuery;
  problems: FindingQueryProblem[];
  findings: ReviewedFinding[];
  /** Dismissed findings matching the filter (listed only with `show=dismissed`). */
  dismissed: number;
};

/**
 * The findings list for a query. `invalid: "refuse"` (the API) throws the first invalid field as a 400;
 * `"report"` (the page) leaves it out and returns it in `problems`.
 */
export async function listFindings(
  access: OrgAccess,
  raw: RawQuery,
  invalid: "refuse" | "report",
): Promise<FindingList> {
  const { query, problems } = parseFindingQuery(raw);
  const first = problems[0];
  if (invalid === "refuse" && first) throw new ValidationError(first.field, first.message);
  const { model, analysis, reviewed } = await getReviewedFindings(access);
  return { model, analysis, query, problems, ...selectFindings(model, reviewed, query) };
}
