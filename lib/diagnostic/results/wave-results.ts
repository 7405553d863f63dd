/**
 * A wave's results, aggregated in SQL (counts and sums per segment — never every answer loaded into
 * JavaScript), then put through the same anonymity rules as the command line (score-results.ts).
 */
import type { DbTx } from "@/lib/db/types";
import { Prisma } from "@/lib/generated/prisma/client";
import { NotFoundError } from "@/lib/errors";
import { can, canEditDepartment } from "@/lib/auth/permissions";
import { assertCan, type OrgAccess } from "@/lib/organisations/access";
import { anonymityOptions } from "../anonymity";
import { DIMENSIONS, type Dimension, type Instrument } from "../instrument-schema";
import { type BreakdownField, NOT_STATED, type Results, resultsFromAggregates, type SegmentAggregate } from "../score-results";

const COLUMN: Record<BreakdownField, string> = { department: '"department"', role: '"role"', level: '"level"' };
const RECODED = Prisma.raw(`(CASE WHEN i."reversed" THEN 6 - a."value" ELSE a."value" END)`);

function emptyAggregate(key: string): SegmentAggregate {
  return {
    key,
    respondents: 0,
    items: new Map(),
    dimensions: Object.fromEntries(DIMENSIONS.map((d) => [d, { respondents: 0, sumOfScores: 0 }])) as SegmentAggregate["dimensions"],
    comments: Object.fromEntries(DIMENSIONS.map((d) => [d, []])) as unknown as SegmentAggregate["comments"],
  };
}

type WaveAggregates = { levels: SegmentAggregate[]; breakdown?: SegmentAggregate[] };

/**
 * A wave's aggregates by level (for the leader–frontline gaps) and, when asked, by another field — from
 * two queries: one over the wave's responses (respondents, their per-dimension scores, comments), one
 * pass over its answers (per statement). Counts and sums are grouped by (level, field) cell and added up
 * here into either breakdown.
 */
export async function aggregateWave(db: DbTx, waveId: string, by: BreakdownField | undefined, departments?: string[], roles?: string[]): Promise<WaveAggregates> {
  const level = Prisma.raw(`COALESCE(r."level", '${NOT_STATED}')`);
  const field = by && by !== "level" ? by : undefined;
  const segment = field ? Prisma.raw(`COALESCE(r.${COLUMN[field]}, '${NOT_STATED}')`) : Prisma.raw(`''`);
  // A department head's view: only their departments' respondents count, in every figure.
  // A dashboard drilled down to a role counts that role's respondents only.
  const scope = Prisma.sql`${departments ? Prisma.sql`AND r."department" = ANY(${departments})` : Prisma.empty} ${roles ? Prisma.sql`AND r."role" = ANY(${roles})` : Prisma.empty}`;
  type Cell = { level: string; segment: string };
  type ScoreSums = Record<`${Dimension}Respondents`, number> & Record<`${Dimension}Sum`, number | null>;
  const [respondents, items] = await Promise.all([
    // Respondents, the sums of their per-dimension scores (written with the answers), and comments.
    db.$queryRaw<(Cell & ScoreSums & { respondents: number; comments: Record<string, string>[] })[]>`
      SELECT ${level} AS level, ${segment} AS segment, count(*)::int AS respondents,
        count(r."practicalScore")::int AS "practicalRespondents", sum(r."practicalScore")::float8 AS "practicalSum",
        count(r."personalScore")::int AS "personalRespondents", sum(r."personalScore")::float8 AS "personalSum",
        count(r."possibleScore")::int AS "possibleRespondents", sum(r."possibleScore")::float8 AS "possibleSum",
        COALESCE(jsonb_agg(r."comments") FILTER (WHERE r."comments" <> '{}'::jsonb), '[]'::jsonb) AS comments
      FROM "Response" r WHERE r."waveId" = ${waveId} ${scope} GROUP BY 1, 2`,
    db.$queryRaw<(Cell & { key: string; n: number; sum: number; favourable: number; unfavourable: number })[]>`
      SELECT ${level} AS level, ${segment} AS segment, i."key" AS key, count(*)::int AS n, sum(${RECODED})::int AS sum,
        (count(*) FILTER (WHERE ${RECODED} >= 4))::int AS favourable, (count(*) FILTER (WHERE ${RECODED} <= 2))::int AS unfavourable
      FROM "Answer" a JOIN "Response" r ON r."id" = a."responseId" JOIN "InstrumentItem" i ON i."id" = a."itemId"
      WHERE r."waveId" = ${waveId} ${scope} AND a."value" BETWEEN 1 AND 5
      GROUP BY 1, 2, 3`,
  ]);
  const fold = (keyOf: (cell: Cell) => string): SegmentAggregate[] => {
    const bySegment = new Map<string, SegmentAggregate>();
    const of = (cell: Cell) => {
      const key = keyOf(cell);
      let aggregate = bySegment.get(key);
      if (!aggregate) bySegment.set(key, (aggregate = emptyAggregate(key)));
      return aggregate;
    };
    for (const row of respondents) {
      const aggregate = of(row);
      aggregate.respondents += Number(row.respondents);
      for (const dimension of DIMENSIONS) {
        aggregate.dimensions[dimension].respondents += Number(row[`${dimension}Respondents`]);
        aggregate.dimensions[dimension].sumOfScores += Number(row[`${dimension}Sum`] ?? 0);
      }
      for (const comments of row.comments) {
        for (const dimension of DIMENSIONS) {
          const text = comments?.[dimension]?.trim();
          if (text) aggregate.comments[dimension].push(text);
        }
      }
    }
    for (const row of items) {
      const aggregate = of(row);
      const f = aggregate.items.get(row.key) ?? { n: 0, sum: 0, favourable: 0, unfavourable: 0 };
      aggregate.items.set(row.key, { n: f.n + Number(row.n), sum: f.sum + Number(row.sum), favourable: f.favourable + Number(row.favourable), unfavourable: f.unfavourable + Number(row.unfavourable) });
    }
    return [...bySegment.values()];
  };
  const levels = fold((cell) => cell.level);
  if (!by) return { levels };
  return { levels, breakdown: by === "level" ? levels : fold((cell) => cell.segment) };
}

/** The whole wave as one segment: the sum of any breakdown's segments (counts and sums add up). */
export function totalOf(segments: readonly SegmentAggregate[]): SegmentAggregate {
  const total = emptyAggregate("all");
  for (const segment of segments) {
    total.respondents += segment.respondents;
    for (const [key, f] of segment.items) {
      const t = total.items.get(key) ?? { n: 0, sum: 0, favourable: 0, unfavourable: 0 };
      total.items.set(key, { n: t.n + f.n, sum: t.sum + f.sum, favourable: t.favourable + f.favourable, unfavourable: t.unfavourable + f.unfavourable });
    }
    for (const d of DIMENSIONS) {
      total.dimensions[d] = { respondents: total.dimensions[d].respondents + segment.dimensions[d].respondents, sumOfScores: total.dimensions[d].sumOfScores + segment.dimensions[d].sumOfScores };
      total.comments[d].push(...segment.comments[d]);
    }
  }
  return total;
}

export type WaveDelta = { measure: "3P" | Dimension; current: number; previous: number; delta: number };

/** Index in this wave − index in the previous wave of the organisation, where both are shown. */
export function waveDeltas(current: Results, previous: Results | null): WaveDelta[] {
  if (!previous || !current.total.shown || !previous.total.shown) return [];
  const deltas: WaveDelta[] = [];
  const add = (measure: WaveDelta["measure"], a: number | null | undefined, b: number | null | undefined) => {
    if (a !== null && a !== undefined && b !== null && b !== undefined) deltas.push({ measure, current: a, previous: b, delta: Math.round((a - b) * 10) / 10 });
  };
  add("3P", current.total.index3P, previous.total.index3P);
  for (const d of DIMENSIONS) {
    const a = current.total.dimensions[d];
    const b = previous.total.dimensions[d];
    add(d, a.shown ? a.index : null, b.shown ? b.index : null);
  }
  return deltas;
}

/**
 * Department keys a member's results are limited to: null for everyone's (owners, executives, viewers);
 * a department head's departments and their sub-departments.
 */
export async function resultsScope(access: OrgAccess): Promise<string[] | null> {
  if (can(access.membership.role, "results:read-all")) return null;
  assertCan(access, "results:read-own-departments");
  const departments = await access.db.department.findMany({ where: { organisationId: access.organisation.id }, select: { id: true, key: true, parentId: true } });
  return departments.filter((d) => canEditDepartment({ role: "department_head", departmentIds: access.membership.departmentIds }, d.id, departments)).map((d) => d.key);
}

export type WaveResults = Results & {
  wave: { id: string; name: string; status: string };
  /** The statements of the wave's instrument, in order (results refer to them by key). */
  statements: Instrument["items"];
  previousWave: { name: string } | null;
  deltas: WaveDelta[];
  /** The departments counted (the member's, narrowed by the filter); null for all. */
  scope: string[] | null;
  /** The departments the member may read results of; null for all. */
  memberScope: string[] | null;
};

/** Narrows results to some departments or roles (a dashboard's drill-down), within what the member may read. */
export type ResultsFilter = { departments?: string[]; roles?: string[] };

export async function getWaveResults(access: OrgAccess, waveId: string, by?: BreakdownField, filter: ResultsFilter = {}): Promise<WaveResults> {
  const memberScope = await resultsScope(access);
  const scope = filter.departments ? (memberScope ? filter.departments.filter((d) => memberScope.includes(d)) : filter.departments) : memberScope;
  const wave = await access.db.wave.findFirst({ where: { id: waveId, organisationId: access.organisation.id }, include: { instrument: { include: { items: { orderBy: { position: "asc" } } } } } });
  if (!wave) throw new NotFoundError("Wave");
  const instrument: Instrument = {
    format: "throughline.instrument/1",
    name: wave.instrument.name,
    items: wave.instrument.items.map((i) => ({ key: i.key, dimension: i.dimension, theme: i.theme, text: i.text, reversed: i.reversed })),
  };
  const departments = scope ?? undefined;
  // The previous wave of the organisation is compared with the same anonymity threshold as this one.
  const previousAggregates = async () => {
    const previous = await access.db.wave.findFirst({ where: { organisationId: access.organisation.id, createdAt: { lt: wave.createdAt }, status: { not: "draft" } }, orderBy: { createdAt: "desc" } });
    return previous ? { previous, levels: (await aggregateWave(access.db, previous.id, undefined, departments, filter.roles)).levels } : null;
  };
  const [{ levels, breakdown }, before] = await Promise.all([aggregateWave(access.db, wave.id, by, departments, filter.roles), previousAggregates()]);
  const options = anonymityOptions(wave.k, wave.commentK);
  const results = resultsFromAggregates(instrument, totalOf(levels), levels, options, by && breakdown ? { by, segments: breakdown } : undefined);
  const previousResults = before ? resultsFromAggregates(instrument, totalOf(before.levels), before.levels, options) : null;
  return {
    ...results,
    wave: { id: wave.id, name: wave.name, status: wave.status },
    statements: instrument.items,
    previousWave: before ? { name: before.previous.name } : null,
    deltas: waveDeltas(results, previousResults),
    scope,
    memberScope,
  };
}
