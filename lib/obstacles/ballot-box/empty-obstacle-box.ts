/**
 * Moves an organisation's waiting anonymous obstacle reports into its triage list (DESIGN §4.1.1, as the
 * survey's ballot box does for responses): only reports sent in a week that is over, and only when at least
 * OBSTACLE_BATCH of them are waiting — then all of them at once, in a transaction of their own, shuffled,
 * with fresh ids and one week for the batch (the latest any of them was sent). So the transaction id says
 * only "one of these", the table's order says nothing, and neither the week nor the moment a report joins
 * the list tells when it was sent more finely than its week: someone who keeps four reports of their own
 * waiting learns what the next one says, not the hour it came. The box is vacuumed afterwards.
 *
 * Emptied after each report and whenever the obstacles page or the customer room reads the list, so a
 * batch that is ready joins as soon as someone looks.
 */
import { randomUUID } from "node:crypto";
import type { Db, Tx } from "@/lib/db/types";
import { obstacleBallotKey, unseal } from "@/lib/diagnostic/ballot-box/seal";
import { shuffle } from "@/lib/diagnostic/ballot-box/shuffle";
import { weekOf } from "../rules/report-week";
import type { padded } from "./drop-obstacle-ballot";
import type { SealedReport } from "./sealed-report";

/** The fewest reports that join the list together: the default smallest group results show (k). */
export const OBSTACLE_BATCH = 5;

// Requests arriving together each ask for the box to be emptied: one emptying at a time per organisation
// in this process, which looks again when asked while it ran (the advisory lock covers other instances).
const running = new Map<string, Promise<number>>();
const askedAgain = new Set<string>();

/** Empties the box of the weeks before `now`'s when they hold a batch; returns how many reports joined the list. */
export async function emptyObstacleBox(db: Db, organisationId: string, now = new Date()): Promise<number> {
  const current = running.get(organisationId);
  if (current) {
    askedAgain.add(organisationId);
    return current.then(() => 0);
  }
  const work = (async () => {
    let moved = 0;
    do {
      askedAgain.delete(organisationId);
      // The reports are safe in the box whatever happens here: a failure is logged, not the reporter's or
      // the reader's error, and the next request tries again.
      moved += await emptyOnce(db, organisationId, now).catch((error: unknown) => {
        console.error(`Emptying the obstacle ballot box of organisation ${organisationId} failed:`, error);
        return 0;
      });
    } while (askedAgain.has(organisationId));
    return moved;
  })();
  running.set(organisationId, work);
  try {
    return await work;
  } finally {
    running.delete(organisationId);
  }
}

/** `week` as the driver gives a date: a Date at midnight UTC, or its text. */
type Ballot = { id: string; sealed: Uint8Array; week: Date | string };

async function emptyOnce(db: Db, organisationId: string, now: Date): Promise<number> {
  const before = weekOf(now).toISOString().slice(0, 10);
  // Most calls come from reading the list and find no batch: one small query then, no transaction or lock.
  const [ready] = await db.$queryRaw<{ count: number }[]>`
    SELECT count(*)::int AS count FROM (SELECT 1 FROM "ObstacleBallot"
      WHERE "organisationId" = ${organisationId} AND "week" < ${before}::date LIMIT ${OBSTACLE_BATCH}) box`;
  if ((ready?.count ?? 0) < OBSTACLE_BATCH) return 0;
  const { taken, moved } = await db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`obstacle-box:${organisationId}`}))`;
    const ballots = await tx.$queryRaw<Ballot[]>`
      SELECT "id", "sealed", "week" FROM "ObstacleBallot"
      WHERE "organisationId" = ${organisationId} AND "week" < ${before}::date`;
    if (ballots.length < OBSTACLE_BATCH) return { taken: 0, moved: 0 };
    const { reports, unreadable } = opened(ballots, organisationId);
    // Unreadable ballots go whatever happens; the others only as a whole batch.
    const batch = reports.length >= OBSTACLE_BATCH ? reports : [];
    const gone = [...unreadable, ...batch.map((r) => r.ballot.id)];
    if (gone.length === 0) return { taken: 0, moved: 0 };
    await tx.$executeRaw`DELETE FROM "ObstacleBallot" WHERE "id" = ANY(${gone})`;
    if (batch.length === 0) return { taken: gone.length, moved: 0 };
    const { stages, departments } = await stillThere(tx, organisationId, batch);
    const reportedWeek = new Date(Math.max(...batch.map((r) => new Date(r.ballot.week).getTime())));
    await tx.obstacleReport.createMany({
      data: shuffle(batch).map(({ report: r }) => ({
        id: randomUUID(),
        organisationId,
        kind: r.kind,
        title: r.title,
        effect: r.effect,
        // A stage or department removed while the report waited: the report stays, without it.
        stageId: r.stageId && stages.has(r.stageId) ? r.stageId : null,
        departmentId: r.departmentId && departments.has(r.departmentId) ? r.departmentId : null,
        reportedWeek,
        receiptHash: r.receiptHash,
      })),
    });
    return { taken: gone.length, moved: batch.length };
  });
  if (taken > 0) await db.$executeRawUnsafe(`VACUUM "ObstacleBallot"`).catch(() => {});
  return moved;
}

/**
 * The ballots' reports. One sealed with a key the app no longer has (its secret was changed) can never be
 * opened: it is dropped, and said in the log, rather than left to stop every later batch.
 */
function opened(ballots: readonly Ballot[], organisationId: string) {
  const key = obstacleBallotKey();
  const reports: { ballot: Ballot; report: SealedReport }[] = [];
  const unreadable: string[] = [];
  for (const ballot of ballots) {
    try {
      reports.push({ ballot, report: unseal<ReturnType<typeof padded>>(ballot.sealed, key).report });
    } catch {
      unreadable.push(ballot.id);
    }
  }
  if (unreadable.length > 0) {
    console.error(
      `${unreadable.length} anonymous obstacle reports of organisation ${organisationId} could not be opened (was BALLOT_SECRET or NEXTAUTH_SECRET changed?) and were dropped.`,
    );
  }
  return { reports, unreadable };
}

async function stillThere(tx: Tx, organisationId: string, batch: readonly { report: SealedReport }[]) {
  const ids = (pick: (r: SealedReport) => string | null) => [
    ...new Set(batch.flatMap(({ report }) => (pick(report) ? [pick(report)!] : []))),
  ];
  const [stages, departments] = await Promise.all([
    tx.stage.findMany({ where: { organisationId, id: { in: ids((r) => r.stageId) } }, select: { id: true } }),
    tx.department.findMany({
      where: { organisationId, id: { in: ids((r) => r.departmentId) } },
      select: { id: true },
    }),
  ]);
  return { stages: new Set(stages.map((s) => s.id)), departments: new Set(departments.map((d) => d.id)) };
}
