/**
 * What the set-up page's dialogs count, from the database: what hangs on each stage (for removing or merging
 * it; the audit event records the same counts) and how many behaviours cite each objective.
 */
import { assertCan, type OrgAccess } from "@/lib/access/org-access";
import type { DbTx } from "@/lib/db/types";
import { NO_HOLDINGS, type StageHoldings } from "./stage-consequences";

/** Holdings by stage id, for the stages given (all of the organisation's when left out). */
export async function holdingsByStage(
  db: DbTx,
  organisationId: string,
  stageIds?: string[],
): Promise<Map<string, StageHoldings>> {
  const stageWhere = stageIds ? { in: stageIds } : undefined;
  const [stages, behaviours] = await Promise.all([
    db.stage.findMany({
      where: { organisationId, id: stageWhere },
      select: { id: true, _count: { select: { touchpoints: true, stories: true } } },
    }),
    db.behaviour.findMany({
      where: { organisationId, stageId: stageWhere },
      select: { stageId: true, status: true, _count: { select: { influences: true } } },
    }),
  ]);
  const holdings = new Map<string, StageHoldings>(
    stages.map((s) => [s.id, { ...NO_HOLDINGS, touchpoints: s._count.touchpoints, stories: s._count.stories }]),
  );
  for (const b of behaviours) {
    const h = holdings.get(b.stageId);
    if (!h) continue;
    h.behaviours += 1;
    if (b.status === "approved") h.approved += 1;
    h.influences += b._count.influences;
  }
  return holdings;
}

/** Holdings by stage key, for the set-up page. */
export async function stageHoldings(access: OrgAccess): Promise<Record<string, StageHoldings>> {
  assertCan(access, "model:edit");
  const organisationId = access.organisation.id;
  const [stages, holdings] = await Promise.all([
    access.db.stage.findMany({ where: { organisationId }, select: { id: true, key: true } }),
    holdingsByStage(access.db, organisationId),
  ]);
  return Object.fromEntries(stages.map((s) => [s.key, holdings.get(s.id) ?? NO_HOLDINGS]));
}

/** How many behaviours cite each objective, by objective key, for the set-up page's removal dialogs. */
export async function objectiveCitations(access: OrgAccess): Promise<Record<string, number>> {
  assertCan(access, "model:edit");
  const objectives = await access.db.objective.findMany({
    where: { organisationId: access.organisation.id },
    select: { key: true, _count: { select: { behaviours: true } } },
  });
  return Object.fromEntries(objectives.map((o) => [o.key, o._count.behaviours]));
}
