/**
 * The §4.1 figures for a set of responses — overall, and broken down by department, role or level —
 * with anonymity applied: every hidden figure says that it is hidden and why. Pure: the command line
 * and the tests run it on files; the app runs the same rules over SQL aggregates.
 */
import { type AnonymityOptions, HIDDEN_REASONS, type Suppression, suppressBreakdown } from "./anonymity";
import { DIMENSIONS, type Dimension, type Instrument } from "./instrument-schema";
import { type DiagnosticResponse, dimensionFigures, GAP_CALLOUT, itemFigures, type ItemFigures, round1, threePIndex } from "./scoring";

export type Hidden = { shown: false; reason: string };
export type ShownItem = ItemFigures & { shown: true };
export type ShownDimension = { shown: true; index: number; respondents: number };

export type SegmentResult =
  | { key: string; respondents: number; shown: false; reason: string }
  | {
      key: string;
      respondents: number;
      shown: true;
      index3P: number | null;
      dimensions: Record<Dimension, ShownDimension | Hidden>;
      items: (ShownItem | ({ key: string; dimension: Dimension } & Hidden))[];
      comments: { shown: true; byDimension: Record<Dimension, string[]> } | Hidden;
    };

export type BreakdownField = "department" | "role" | "level";

export type GapResult = { dimension: Dimension; shown: true; gap: number; calledOut: boolean; leader: number; frontline: number } | ({ dimension: Dimension } & Hidden);

export type Results = {
  k: number;
  total: SegmentResult;
  breakdown?: { by: BreakdownField; segments: SegmentResult[] };
  gaps: GapResult[];
};

function scoreSegment(instrument: Instrument, key: string, responses: readonly DiagnosticResponse[], options: AnonymityOptions, suppression: Suppression): SegmentResult {
  const respondents = responses.length;
  if (suppression.hidden) return { key, respondents, shown: false, reason: HIDDEN_REASONS[suppression.reason](options.k) };
  const dimensions = {} as Record<Dimension, ShownDimension | Hidden>;
  const indices: (number | null)[] = [];
  for (const dimension of DIMENSIONS) {
    const figures = dimensionFigures(instrument.items, responses, dimension);
    if (figures.respondents < options.k || figures.index === null) {
      dimensions[dimension] = { shown: false, reason: HIDDEN_REASONS["figure-too-few"](options.k) };
      indices.push(null);
    } else {
      dimensions[dimension] = { shown: true, index: figures.index, respondents: figures.respondents };
      indices.push(figures.index);
    }
  }
  const items = instrument.items.map((item) => {
    const figures = itemFigures(item, responses);
    return figures.n < options.k ? { key: item.key, dimension: item.dimension, shown: false as const, reason: HIDDEN_REASONS["figure-too-few"](options.k) } : { ...figures, shown: true as const };
  });
  const comments =
    respondents >= options.commentK
      ? {
          shown: true as const,
          // Sorted, so the order says nothing about who wrote what.
          byDimension: Object.fromEntries(DIMENSIONS.map((d) => [d, responses.map((r) => r.comments?.[d]?.trim()).filter((c): c is string => Boolean(c)).sort()])) as Record<Dimension, string[]>,
        }
      : { shown: false as const, reason: HIDDEN_REASONS["comments-too-few"](options.commentK) };
  return { key, respondents, shown: true, index3P: threePIndex(indices), dimensions, items, comments };
}

function groupBy(responses: readonly DiagnosticResponse[], field: BreakdownField): Map<string, DiagnosticResponse[]> {
  const groups = new Map<string, DiagnosticResponse[]>();
  for (const response of responses) {
    const key = response[field] ?? "(not stated)";
    const group = groups.get(key);
    if (group) group.push(response);
    else groups.set(key, [response]);
  }
  return new Map([...groups].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** Leader − frontline per dimension, shown only where both groups are shown under the level breakdown. */
function leaderFrontlineGaps(instrument: Instrument, responses: readonly DiagnosticResponse[], options: AnonymityOptions, totalShown: boolean): GapResult[] {
  const levels = groupBy(responses, "level");
  const suppression = suppressBreakdown([...levels].map(([key, group]) => ({ key, respondents: group.length })), options.k);
  const segment = (level: string) => {
    const group = levels.get(level);
    if (!group || !totalShown) return null;
    const result = scoreSegment(instrument, level, group, options, suppression.get(level) ?? { hidden: false });
    return result.shown ? result : null;
  };
  const leaders = segment("leader");
  const frontline = segment("frontline");
  return DIMENSIONS.map((dimension) => {
    const a = leaders?.dimensions[dimension];
    const b = frontline?.dimensions[dimension];
    if (!a?.shown || !b?.shown) return { dimension, shown: false, reason: `Hidden: leaders and frontline each need at least ${options.k} respondents who answered this dimension.` };
    const gap = round1(a.index - b.index);
    return { dimension, shown: true, gap, calledOut: Math.abs(gap) >= GAP_CALLOUT, leader: a.index, frontline: b.index };
  });
}

export function scoreResults(instrument: Instrument, responses: readonly DiagnosticResponse[], options: AnonymityOptions, by?: BreakdownField): Results {
  const total = scoreSegment(instrument, "all", responses, options, responses.length < options.k ? { hidden: true, reason: "too-few-respondents" } : { hidden: false });
  const results: Results = { k: options.k, total, gaps: leaderFrontlineGaps(instrument, responses, options, total.shown) };
  if (by) {
    const groups = groupBy(responses, by);
    const suppression = suppressBreakdown([...groups].map(([key, group]) => ({ key, respondents: group.length })), options.k);
    results.breakdown = {
      by,
      segments: [...groups].map(([key, group]) => scoreSegment(instrument, key, group, options, total.shown ? suppression.get(key)! : { hidden: true, reason: "too-few-respondents" })),
    };
  }
  return results;
}
