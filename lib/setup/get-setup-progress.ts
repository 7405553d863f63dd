/** How far an organisation is on its way to a first wave: the steps, each done or not (see rules/setup-steps). */
import "server-only";
import { assertCan, type OrgAccess } from "@/lib/access/org-access";
import { type SetupStep, setupSteps } from "./rules/setup-steps";

export async function getSetupProgress(access: OrgAccess): Promise<SetupStep[]> {
  assertCan(access, "organisation:read");
  const organisationId = access.organisation.id;
  const { db } = access;
  // Existence is all a step needs: each count stops at one row.
  const [stages, roles, touchpoints, approvedBehaviours, kpis, influences, wavesOpened] = await Promise.all([
    db.stage.count({ where: { organisationId }, take: 1 }),
    db.role.count({ where: { organisationId }, take: 1 }),
    db.touchpoint.count({ where: { role: { organisationId } }, take: 1 }),
    db.behaviour.count({ where: { organisationId, status: "approved" }, take: 1 }),
    db.kpi.count({ where: { organisationId }, take: 1 }),
    db.influence.count({ where: { organisationId }, take: 1 }),
    db.wave.count({ where: { organisationId, status: { not: "draft" } }, take: 1 }),
  ]);
  return setupSteps({ stages, roles, touchpoints, approvedBehaviours, kpis, influences, wavesOpened });
}
