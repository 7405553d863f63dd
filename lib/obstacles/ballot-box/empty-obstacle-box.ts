/**
 * Moves an organisation's waiting anonymous obstacle reports into its triage list (DESIGN §4.1.1, as the
 * survey's ballot box does for responses): only when at least OBSTACLE_BATCH are waiting, all of them
 * at once, in a transaction of its own, shuffled, with fresh ids and the week they join the list — so
 * the transaction id says only "one of these", the table's order says nothing, and no week tells one
 * from the others. The box is vacuumed afterwards, so its removed rows do not linger in the table.
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

// Reports arriving together each ask for the box to be emptied: one emptying at a time per organisation
// in this process, which looks again when asked while it ran (the advisory lock covers other instances).
const running = new Map<string, Promise<number>>();
const askedAgain = new Set<string>();

/** Empties the box when it holds a batch; returns how many reports joined the list. */
export async function emptyObstacleBox(db: Db, organisationId: string): Promise<number> {
  const current = running.get(organisationId);
  if (current) {
    askedAgain.add(organisationId);
    return current.then(() => 0);
  }
  const work = (async () => {
    let moved = 0;
    do {
      askedAgain.delete(organisationId);
      moved += await emptyOnce(db, organisationId);
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

async function emptyOnce(db: Db, organisationId: string): Promise<number> {
  const moved = await db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`obstacle-box:${organisationId}`}))`;
    const [waiting] = await tx.$queryRaw<{ count: number }[]>`
      SELECT count(*)::int AS count FROM (SELECT 1 FROM "ObstacleBallot" WHERE "organisationId" = ${organisationId} LIMIT ${OBSTACLE_BATCH}) box`;
    if ((waiting?.count ?? 0) < OBSTACLE_BATCH) return 0;
    const ballots = await tx.$queryRaw<{ sealed: Uint8Array }[]>`
      DELETE FROM "ObstacleBallot" WHERE "organisationId" = ${organisationId} RETURNING "sealed"`;
    const key = obstacleBallotKey();
    const reports = shuffle(ballots.map((b) => unseal<ReturnType<typeof padded>>(b.sealed, key).report));
    const { stages, departments } = await stillThere(tx, organisationId, reports);
    const reportedWeek = weekOf(new Date());
    await tx.obstacleReport.createMany({
      data: reports.map((r) => ({
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
    return reports.length;
  });
  if (moved > 0) await db.$executeRawUnsafe(`VACUUM "ObstacleBallot"`).catch(() => {});
  return moved;
}

async function stillThere(tx: Tx, organisationId: string, reports: readonly SealedReport[]) {
  const ids = (pick: (r: SealedReport) => string | null) => [
    ...new Set(reports.flatMap((r) => (pick(r) ? [pick(r)!] : []))),
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
