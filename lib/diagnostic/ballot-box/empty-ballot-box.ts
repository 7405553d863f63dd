/**
 * Moves ballots into the results tables (DESIGN §4.1.1): in a transaction of its own, never the one
 * that marked an invitation used; in batches of at least BALLOT_BATCH, shuffled, with fresh ids and
 * no time — so neither a transaction id, nor physical order, nor a timestamp pairs a response with
 * the link it came from. When a wave closes the last ballots go in too; if they are fewer than a
 * batch, an earlier batch is taken out and written again with them, so no batch is small.
 */
import type { Db, DbTx } from "@/lib/db/types";
import { DIMENSIONS, type Dimension } from "../instrument-schema";
import type { Progress } from "@/lib/diagnostic/respond/survey-state";
import { type ResponseToWrite, type StoredItem, writeResponses } from "../write-responses";
import { ballotKey, unseal } from "./seal";
import { shuffle } from "./shuffle";

export const BALLOT_BATCH = 20;

type BallotRow = {
  department: string | null;
  role: string | null;
  level: string | null;
  sealed: Uint8Array | null;
  sealedKey: Uint8Array;
};

/** A ballot opened: its link key unsealed with the app's, then its answers with that; only the instrument's statements and valid answers count. */
function openBallot(ballot: BallotRow, appKey: Buffer, items: readonly StoredItem[]): ResponseToWrite {
  const progress: Progress = ballot.sealed
    ? unseal<Progress>(ballot.sealed, Buffer.from(unseal<string>(ballot.sealedKey, appKey), "base64"))
    : { answers: {}, comments: {} };
  const keys = new Set(items.map((i) => i.key));
  return {
    department: ballot.department,
    role: ballot.role,
    level: ballot.level,
    answers: Object.fromEntries(
      Object.entries(progress.answers).filter(
        ([key, value]) => keys.has(key) && (value === null || (Number.isInteger(value) && value >= 1 && value <= 5)),
      ),
    ),
    comments: Object.fromEntries(
      DIMENSIONS.flatMap((d) => (progress.comments[d]?.trim() ? [[d, progress.comments[d]!.trim()]] : [])),
    ),
  };
}

// A wave's statements never change once it has opened (its instrument is frozen): read once per wave.
const itemsOfWave = new Map<string, StoredItem[]>();
async function storedItems(tx: DbTx, waveId: string): Promise<StoredItem[]> {
  const known = itemsOfWave.get(waveId);
  if (known) return known;
  const wave = await tx.wave.findUniqueOrThrow({
    where: { id: waveId },
    select: {
      instrument: {
        select: {
          items: { select: { id: true, key: true, dimension: true, theme: true, text: true, reversed: true } },
        },
      },
    },
  });
  if (itemsOfWave.size > 200) itemsOfWave.clear();
  itemsOfWave.set(waveId, wave.instrument.items);
  return wave.instrument.items;
}

/**
 * Empties a wave's ballot box into its results. "when-full" does nothing below a batch (and when
 * another request is already emptying it); "all" empties it whatever is there. Returns how many
 * ballots went in.
 */
export async function emptyBallotBox(db: Db, waveId: string, mode: "when-full" | "all"): Promise<number> {
  // Submissions arriving together would each start a transaction only to find the box being emptied:
  // one at a time per app instance (the advisory lock below covers the other instances).
  if (mode === "when-full") {
    if (emptying.has(waveId)) return 0;
    emptying.add(waveId);
    try {
      return await emptyBallotBoxNow(db, waveId, mode);
    } finally {
      emptying.delete(waveId);
    }
  }
  return emptyBallotBoxNow(db, waveId, mode);
}

const emptying = new Set<string>();

async function emptyBallotBoxNow(db: Db, waveId: string, mode: "when-full" | "all"): Promise<number> {
  const moved = await db.$transaction(
    async (tx) => {
      if (mode === "when-full") {
        const [lock] = await tx.$queryRaw<
          { locked: boolean }[]
        >`SELECT pg_try_advisory_xact_lock(hashtext(${`ballot-box:${waveId}`})) AS locked`;
        if (!lock?.locked) return 0;
        const [pending] = await tx.$queryRaw<
          { count: number }[]
        >`SELECT count(*)::int AS count FROM (SELECT 1 FROM "Ballot" WHERE "waveId" = ${waveId} LIMIT ${BALLOT_BATCH}) waiting`;
        if ((pending?.count ?? 0) < BALLOT_BATCH) return 0;
      } else {
        await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`ballot-box:${waveId}`}))`;
      }
      const ballots = await tx.$queryRaw<
        BallotRow[]
      >`DELETE FROM "Ballot" WHERE "waveId" = ${waveId} RETURNING "department", "role", "level", "sealed", "sealedKey"`;
      if (ballots.length === 0) return 0;
      const items = await storedItems(tx, waveId);
      const appKey = ballotKey();
      const batch: ResponseToWrite[] = ballots.map((b) => openBallot(b, appKey, items));
      if (batch.length < BALLOT_BATCH) batch.push(...(await rewriteCandidates(tx, waveId, items)));
      await writeResponses(tx, waveId, items, shuffle(batch));
      return ballots.length;
    },
    { timeout: 60_000, maxWait: 10_000 },
  );
  if (moved > 0 && mode === "all") {
    // Dead ballot rows are sealed, but need not linger once a wave closes (autovacuum sees to the rest).
    await db.$executeRawUnsafe(`VACUUM "Ballot"`).catch(() => {});
  }
  return moved;
}

/**
 * A whole earlier batch — every response one earlier transaction wrote — taken out with its answers,
 * so a small last batch is written among them and every transaction still holds a full batch.
 */
async function rewriteCandidates(tx: DbTx, waveId: string, items: readonly StoredItem[]): Promise<ResponseToWrite[]> {
  const keyOf = new Map(items.map((i) => [i.id, i.key]));
  const ids = await tx.$queryRaw<{ id: string }[]>`
    SELECT "id" FROM "Response" WHERE "waveId" = ${waveId}
      AND xmin = (SELECT xmin FROM "Response" WHERE "waveId" = ${waveId} ORDER BY random() LIMIT 1)`;
  if (ids.length === 0) return [];
  const answers = await tx.answer.findMany({
    where: { responseId: { in: ids.map((r) => r.id) } },
    select: { responseId: true, itemId: true, value: true },
  });
  // Their answers go with them (ON DELETE CASCADE), so they were read first.
  const taken = await tx.$queryRaw<
    ({ id: string; comments: Partial<Record<Dimension, string>> } & Omit<ResponseToWrite, "answers" | "comments">)[]
  >`
    DELETE FROM "Response" WHERE "id" = ANY(${ids.map((r) => r.id)}) RETURNING "id", "department", "role", "level", "comments"`;
  return taken.map(({ id, ...response }) => ({
    ...response,
    answers: Object.fromEntries(answers.filter((a) => a.responseId === id).map((a) => [keyOf.get(a.itemId)!, a.value])),
  }));
}
