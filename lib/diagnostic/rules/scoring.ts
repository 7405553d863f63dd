/**
 * Scoring of the 3P diagnostic (DESIGN §4.1), pure. Reversed items are recoded (v → 6 − v) before
 * anything is computed. Figures are raw here; anonymity (disclosure/) decides what may be shown.
 *
 * Who uses it: the app writes each respondent's mean per dimension with `respondentDimensionScore`
 * when responses are stored (write-responses.ts); published results add those means, and the recoded
 * answers, up in SQL (results/aggregate-atoms.ts, using `RECODED_ANSWER_SQL` below — the same rule as
 * `recoded`, kept beside it so the two change together); score-results.ts uses the whole of it for the
 * command line and the tests.
 */
import { DIMENSIONS, type Dimension, type InstrumentItem } from "@/lib/diagnostic/instrument-schema";

export const LEVELS = ["leader", "manager", "frontline"] as const;
export type Level = (typeof LEVELS)[number];

/** One respondent's answers: 1–5, or null for "don't know"; absent = not answered. */
export type DiagnosticResponse = {
  department?: string;
  role?: string;
  level?: Level;
  answers: Record<string, number | null>;
  comments?: Partial<Record<Dimension, string>>;
};

export type ItemFigures = {
  key: string;
  dimension: Dimension;
  n: number;
  mean: number | null;
  favourable: number | null;
  unfavourable: number | null;
};
export type DimensionFigures = { dimension: Dimension; respondents: number; index: number | null };

export const round1 = (value: number) => Math.round(value * 10) / 10;
const toIndex = (mean: number) => round1((mean - 1) * 25);

/** The answer as it counts: valid 1–5 values only, reversed items recoded. */
export function recoded(item: InstrumentItem, value: number | null | undefined): number | null {
  if (value === null || value === undefined || !Number.isInteger(value) || value < 1 || value > 5) return null;
  return item.reversed ? 6 - value : value;
}

/**
 * `recoded` in SQL, over an answer `a` joined to its statement `i`; only answers already filtered to
 * 1–5 reach it. A plain string: the SQL code wraps it with Prisma.raw.
 */
export const RECODED_ANSWER_SQL = `(CASE WHEN i."reversed" THEN 6 - a."value" ELSE a."value" END)`;

export function itemFigures(item: InstrumentItem, responses: readonly DiagnosticResponse[]): ItemFigures {
  let n = 0;
  let sum = 0;
  let favourable = 0;
  let unfavourable = 0;
  for (const response of responses) {
    const value = recoded(item, response.answers[item.key]);
    if (value === null) continue;
    n++;
    sum += value;
    if (value >= 4) favourable++;
    if (value <= 2) unfavourable++;
  }
  return {
    key: item.key,
    dimension: item.dimension,
    n,
    mean: n ? round1(sum / n) : null,
    favourable: n ? round1((100 * favourable) / n) : null,
    unfavourable: n ? round1((100 * unfavourable) / n) : null,
  };
}

/** Mean of a respondent's valid answers in a dimension; null when they have none there. */
export function respondentDimensionScore(
  items: readonly InstrumentItem[],
  response: DiagnosticResponse,
  dimension: Dimension,
): number | null {
  let n = 0;
  let sum = 0;
  for (const item of items) {
    if (item.dimension !== dimension) continue;
    const value = recoded(item, response.answers[item.key]);
    if (value === null) continue;
    n++;
    sum += value;
  }
  return n ? sum / n : null;
}

/** Segment dimension index: mean over respondents of their dimension score, as (mean − 1) × 25, one decimal. */
export function dimensionFigures(
  items: readonly InstrumentItem[],
  responses: readonly DiagnosticResponse[],
  dimension: Dimension,
): DimensionFigures {
  let respondents = 0;
  let sum = 0;
  for (const response of responses) {
    const score = respondentDimensionScore(items, response, dimension);
    if (score === null) continue;
    respondents++;
    sum += score;
  }
  return { dimension, respondents, index: respondents ? toIndex(sum / respondents) : null };
}

/** The 3P index: the mean of the three dimension indices, when all three are known. */
export function threePIndex(indices: readonly (number | null)[]): number | null {
  if (indices.length !== DIMENSIONS.length || indices.some((index) => index === null)) return null;
  return round1((indices as number[]).reduce((a, b) => a + b, 0) / indices.length);
}

export const GAP_CALLOUT = 10;
export const PARTICIPATION_FLAG = 0.6;
