/**
 * A wave's responses added up per (department, role, level) in SQL — never every answer in JavaScript:
 * respondents with the sums of their per-dimension means, then the statements' answers slice by slice.
 */
import type { DbTx } from "@/lib/db/types";
import { Prisma } from "@/lib/generated/prisma/client";
import { type Atom, cellKey, emptyAtom } from "../disclosure/atoms";
import { DIMENSIONS, type Dimension } from "../instrument-schema";
import { RECODED_ANSWER_SQL } from "../rules/scoring";
import type { WaveStructure } from "../disclosure/wave-structure";

// The recoding of reversed statements (DESIGN §4.1): the SQL mirror of scoring.ts's `recoded`, defined beside it.
const RECODED = Prisma.raw(RECODED_ANSWER_SQL);

type Cell = { department: string | null; role: string | null; level: string | null };

/**
 * Responses' ids are random UUIDs, so their first hex digit splits a wave into sixteen even slices: each
 * answers query reads one slice and stays well inside the statement timeout, even for a 130,000-person
 * wave (one query over every answer of such a wave takes seconds).
 */
const SLICES = "0123456789abcdef".split("");

export async function aggregateAtoms(db: DbTx, waveId: string): Promise<Atom[]> {
  type ScoreSums = Record<`${Dimension}Respondents`, number> & Record<`${Dimension}Sum`, number | null>;
  type ItemRow = Cell & { key: string; n: number; sum: number; favourable: number; unfavourable: number };
  const respondents = await db.$queryRaw<(Cell & ScoreSums & { respondents: number })[]>`
      SELECT r."department", r."role", r."level", count(*)::int AS respondents,
        count(r."practicalScore")::int AS "practicalRespondents", sum(r."practicalScore")::float8 AS "practicalSum",
        count(r."personalScore")::int AS "personalRespondents", sum(r."personalScore")::float8 AS "personalSum",
        count(r."possibleScore")::int AS "possibleRespondents", sum(r."possibleScore")::float8 AS "possibleSum"
      FROM "Response" r WHERE r."waveId" = ${waveId} GROUP BY 1, 2, 3`;
  const items: ItemRow[] = [];
  for (const slice of SLICES) {
    items.push(
      ...(await db.$queryRaw<ItemRow[]>`
      SELECT r."department", r."role", r."level", i."key" AS key, count(*)::int AS n, sum(${RECODED})::int AS sum,
        (count(*) FILTER (WHERE ${RECODED} >= 4))::int AS favourable, (count(*) FILTER (WHERE ${RECODED} <= 2))::int AS unfavourable
      FROM "Response" r JOIN "Answer" a ON a."responseId" = r."id" JOIN "InstrumentItem" i ON i."id" = a."itemId"
      WHERE r."waveId" = ${waveId} AND left(r."id", 1) = ${slice} AND a."value" BETWEEN 1 AND 5
      GROUP BY 1, 2, 3, 4`),
    );
  }
  const atoms = new Map<string, Atom>();
  const of = (cell: Cell) => {
    const key = cellKey(cell);
    let atom = atoms.get(key);
    if (!atom) atoms.set(key, (atom = emptyAtom({ department: cell.department, role: cell.role, level: cell.level })));
    return atom;
  };
  for (const row of respondents) {
    const atom = of(row);
    atom.respondents += Number(row.respondents);
    for (const d of DIMENSIONS) {
      atom.dimensions[d].respondents += Number(row[`${d}Respondents`]);
      atom.dimensions[d].sumOfScores += Number(row[`${d}Sum`] ?? 0);
    }
  }
  for (const row of items) {
    // A cell's statement comes once per slice: add the slices up.
    const sums = (of(row).items[row.key] ??= { n: 0, sum: 0, favourable: 0, unfavourable: 0 });
    sums.n += Number(row.n);
    sums.sum += Number(row.sum);
    sums.favourable += Number(row.favourable);
    sums.unfavourable += Number(row.unfavourable);
  }
  return [...atoms.values()];
}

/**
 * Every comment of a wave, by normalised cell (a role's respondents count in the role's department, as
 * in the atoms). Read once per final publication: comments are shown only after a wave closes.
 */
export async function commentsByCell(
  db: DbTx,
  waveId: string,
  structure: WaveStructure,
): Promise<Map<string, Record<Dimension, string[]>>> {
  const roleDepartment = new Map(structure.roles.map((r) => [r.key, r.department]));
  const rows = await db.$queryRaw<(Cell & { comments: Partial<Record<Dimension, string>> })[]>`
    SELECT r."department", r."role", r."level", r."comments" FROM "Response" r WHERE r."waveId" = ${waveId} AND r."comments" <> '{}'::jsonb`;
  const byCell = new Map<string, Record<Dimension, string[]>>();
  for (const row of rows) {
    const key = cellKey({
      department: (row.role !== null ? roleDepartment.get(row.role) : undefined) ?? row.department,
      role: row.role,
      level: row.level,
    });
    let texts = byCell.get(key);
    if (!texts)
      byCell.set(
        key,
        (texts = Object.fromEntries(DIMENSIONS.map((d) => [d, [] as string[]])) as Record<Dimension, string[]>),
      );
    for (const d of DIMENSIONS) {
      const text = row.comments?.[d]?.trim();
      if (text) texts[d].push(text);
    }
  }
  return byCell;
}
