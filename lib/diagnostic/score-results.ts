/**
 * The §4.1 figures for a set of responses — overall, and broken down by department, role or level —
 * with anonymity applied: every hidden figure says that it is hidden and why. Figures are built from
 * per-segment aggregates (counts and sums), which the command line computes here from responses and the
 * app computes in SQL, so both go through the same rules.
 */
import { type AnonymityOptions, HIDDEN_REASONS, type Suppression, suppressBreakdown } from "./anonymity";
import { DIMENSIONS, type Dimension, type Instrument } from "./instrument-schema";
import { type DiagnosticResponse, GAP_CALLOUT, type ItemFigures, recoded, respondentDimensionScore, round1, threePIndex } from "./scoring";

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
export type Results = { k: number; total: SegmentResult; breakdown?: { by: BreakdownField; segments: SegmentResult[] }; gaps: GapResult[] };

/** What a segment's figures are computed from. */
export type SegmentAggregate = {
  key: string;
  respondents: number;
  items: Map<string, { n: number; sum: number; favourable: number; unfavourable: number }>;
  /** Per dimension: respondents with a score there, and the sum of their scores (their mean answer). */
  dimensions: Record<Dimension, { respondents: number; sumOfScores: number }>;
  comments: Record<Dimension, string[]>;
};

export const NOT_STATED = "(not stated)";

export function aggregateResponses(instrument: Instrument, key: string, responses: readonly DiagnosticResponse[]): SegmentAggregate {
  const items = new Map<string, { n: number; sum: number; favourable: number; unfavourable: number }>();
  for (const item of instrument.items) {
    const figures = { n: 0, sum: 0, favourable: 0, unfavourable: 0 };
    for (const response of responses) {
      const value = recoded(item, response.answers[item.key]);
      if (value === null) continue;
      figures.n++;
      figures.sum += value;
      if (value >= 4) figures.favourable++;
      if (value <= 2) figures.unfavourable++;
    }
    items.set(item.key, figures);
  }
  const dimensions = {} as SegmentAggregate["dimensions"];
  const comments = {} as SegmentAggregate["comments"];
  for (const dimension of DIMENSIONS) {
    const scores = responses.map((r) => respondentDimensionScore(instrument.items, r, dimension)).filter((s): s is number => s !== null);
    dimensions[dimension] = { respondents: scores.length, sumOfScores: scores.reduce((a, b) => a + b, 0) };
    comments[dimension] = responses.map((r) => r.comments?.[dimension]?.trim()).filter((c): c is string => Boolean(c));
  }
  return { key, respondents: responses.length, items, dimensions, comments };
}

function segmentResult(instrument: Instrument, aggregate: SegmentAggregate, options: AnonymityOptions, suppression: Suppression): SegmentResult {
  const { key, respondents } = aggregate;
  if (suppression.hidden) return { key, respondents, shown: false, reason: HIDDEN_REASONS[suppression.reason](options.k) };
  const dimensions = {} as Record<Dimension, ShownDimension | Hidden>;
  const indices: (number | null)[] = [];
  for (const dimension of DIMENSIONS) {
    const { respondents: n, sumOfScores } = aggregate.dimensions[dimension];
    if (n < options.k) {
      dimensions[dimension] = { shown: false, reason: HIDDEN_REASONS["figure-too-few"](options.k) };
      indices.push(null);
    } else {
      const index = round1((sumOfScores / n - 1) * 25);
      dimensions[dimension] = { shown: true, index, respondents: n };
      indices.push(index);
    }
  }
  const items = instrument.items.map((item) => {
    const f = aggregate.items.get(item.key) ?? { n: 0, sum: 0, favourable: 0, unfavourable: 0 };
    if (f.n < options.k) return { key: item.key, dimension: item.dimension, shown: false as const, reason: HIDDEN_REASONS["figure-too-few"](options.k) };
    return { key: item.key, dimension: item.dimension, n: f.n, mean: round1(f.sum / f.n), favourable: round1((100 * f.favourable) / f.n), unfavourable: round1((100 * f.unfavourable) / f.n), shown: true as const };
  });
  const comments =
    respondents >= options.commentK
      ? // Sorted, so the order says nothing about who wrote what.
        { shown: true as const, byDimension: Object.fromEntries(DIMENSIONS.map((d) => [d, [...aggregate.comments[d]].sort()])) as Record<Dimension, string[]> }
      : { shown: false as const, reason: HIDDEN_REASONS["comments-too-few"](options.commentK) };
  return { key, respondents, shown: true, index3P: threePIndex(indices), dimensions, items, comments };
}

function breakdownResults(instrument: Instrument, aggregates: readonly SegmentAggregate[], options: AnonymityOptions, totalShown: boolean): SegmentResult[] {
  const suppression = suppressBreakdown(aggregates.map((a) => ({ key: a.key, respondents: a.respondents })), options.k);
  return [...aggregates]
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .map((a) => segmentResult(instrument, a, options, totalShown ? suppression.get(a.key)! : { hidden: true, reason: "too-few-respondents" }));
}

/** Leader − frontline per dimension, shown only where both groups are shown under the level breakdown. */
function leaderFrontlineGaps(instrument: Instrument, levels: readonly SegmentAggregate[], options: AnonymityOptions, totalShown: boolean): GapResult[] {
  const segments = breakdownResults(instrument, levels, options, totalShown);
  const find = (level: string) => segments.find((s) => s.key === level && s.shown);
  const leaders = find("leader");
  const frontline = find("frontline");
  return DIMENSIONS.map((dimension) => {
    const a = leaders?.shown ? leaders.dimensions[dimension] : undefined;
    const b = frontline?.shown ? frontline.dimensions[dimension] : undefined;
    if (!a?.shown || !b?.shown) return { dimension, shown: false, reason: `Hidden: leaders and frontline each need at least ${options.k} respondents who answered this dimension.` };
    const gap = round1(a.index - b.index);
    return { dimension, shown: true, gap, calledOut: Math.abs(gap) >= GAP_CALLOUT, leader: a.index, frontline: b.index };
  });
}

export function resultsFromAggregates(
  instrument: Instrument,
  total: SegmentAggregate,
  levels: readonly SegmentAggregate[],
  options: AnonymityOptions,
  breakdown?: { by: BreakdownField; segments: readonly SegmentAggregate[] },
): Results {
  const totalResult = segmentResult(instrument, total, options, total.respondents < options.k ? { hidden: true, reason: "too-few-respondents" } : { hidden: false });
  const results: Results = { k: options.k, total: totalResult, gaps: leaderFrontlineGaps(instrument, levels, options, totalResult.shown) };
  if (breakdown) results.breakdown = { by: breakdown.by, segments: breakdownResults(instrument, breakdown.segments, options, totalResult.shown) };
  return results;
}

function groupBy(responses: readonly DiagnosticResponse[], field: BreakdownField): Map<string, DiagnosticResponse[]> {
  const groups = new Map<string, DiagnosticResponse[]>();
  for (const response of responses) {
    const key = response[field] ?? NOT_STATED;
    groups.set(key, [...(groups.get(key) ?? []), response]);
  }
  return groups;
}

export function scoreResults(instrument: Instrument, responses: readonly DiagnosticResponse[], options: AnonymityOptions, by?: BreakdownField): Results {
  const aggregateAll = (field: BreakdownField) => [...groupBy(responses, field)].map(([key, group]) => aggregateResponses(instrument, key, group));
  return resultsFromAggregates(instrument, aggregateResponses(instrument, "all", responses), aggregateAll("level"), options, by ? { by, segments: aggregateAll(by) } : undefined);
}
