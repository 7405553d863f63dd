/**
 * Server-side data of the dashboards (DESIGN §5), one function per widget family so each loads on its
 * own: the model's widgets (one read of the model and its analysis, shared within a request) and the
 * diagnostic's (SQL aggregates of the latest wave, under the anonymity rules and the member's scope).
 */
import { cache } from "react";
import type { Dimension } from "@/lib/diagnostic/instrument-schema";
import { getWaveResults, type WaveDelta } from "@/lib/diagnostic/results/wave-results";
import type { GapResult, Hidden, ShownDimension } from "@/lib/diagnostic/score-results";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { getReviewedFindings } from "@/lib/findings/get-reviewed-findings";
import { assertCan, type OrgAccess } from "@/lib/access/org-access";
import type { DashboardScope } from "./dashboard-scope";
import { buildCustomerRoom, type RoomStage } from "./customer-room";
import { buildModelDashboard, type ModelDashboard } from "./model-dashboard";

function assertScopeExists(model: { departments: { key: string }[]; roles: { key: string }[] }, scope: DashboardScope) {
  if (scope.kind === "department" && !model.departments.some((d) => d.key === scope.key)) throw new NotFoundError("Department");
  if (scope.kind === "role" && !model.roles.some((r) => r.key === scope.key)) throw new NotFoundError("Role");
}

const reviewedFindings = cache((access: OrgAccess) => getReviewedFindings(access));

/** Built once per request and scope: every widget of a page reads the same dashboard. */
const modelDashboard = cache(async (access: OrgAccess, kind: DashboardScope["kind"], key: string): Promise<ModelDashboard> => {
  const scope = (kind === "organisation" ? { kind } : { kind, key }) as DashboardScope;
  const { model, analysis, reviewed } = await reviewedFindings(access);
  assertScopeExists(model, scope);
  const hiddenFindings = new Set(reviewed.filter((r) => r.hidden).map((r) => r.finding.id));
  return buildModelDashboard(model, analysis, scope, { hiddenFindings });
});

export async function getModelDashboard(access: OrgAccess, scope: DashboardScope): Promise<ModelDashboard> {
  assertCan(access, "organisation:read");
  return modelDashboard(access, scope.kind, scope.kind === "organisation" ? "" : scope.key);
}

/** The customer room's stages: stories, obstacles and conflicts per lifecycle stage. */
export async function getCustomerRoom(access: OrgAccess): Promise<RoomStage[]> {
  assertCan(access, "organisation:read");
  const { model, analysis, reviewed } = await reviewedFindings(access);
  return buildCustomerRoom(model, analysis, new Set(reviewed.filter((r) => r.hidden).map((r) => r.finding.id)));
}

export type DiagnosticSummary = {
  waves: { id: string; name: string; status: string }[];
  wave: { id: string; name: string; status: string } | null;
  /** Set when the member's results are limited (a department head's departments). */
  limitedTo: string[] | null;
  /** Only when shown: a hidden group never says how many people it holds. */
  respondents: number | null;
  shown: boolean;
  hiddenReason: string | null;
  index3P: number | null;
  dimensions: Record<Dimension, ShownDimension | Hidden> | null;
  previousWave: string | null;
  deltas: WaveDelta[];
  gaps: GapResult[];
};

/**
 * The 3P headline for a scope: of the wave asked, else of the latest closed wave (a wave still open
 * holds partial answers), else of the open one.
 */
export async function getDiagnosticSummary(access: OrgAccess, scope: DashboardScope, waveId?: string): Promise<DiagnosticSummary> {
  assertCan(access, "results:read");
  const waves = await access.db.wave.findMany({ where: { organisationId: access.organisation.id, status: { not: "draft" } }, orderBy: { createdAt: "desc" }, select: { id: true, name: true, status: true } });
  const empty = { waves, wave: null, limitedTo: null, respondents: null, shown: false, hiddenReason: null, index3P: null, dimensions: null, previousWave: null, deltas: [], gaps: [] };
  const wave = waveId ? waves.find((w) => w.id === waveId) : (waves.find((w) => w.status === "closed") ?? waves[0]);
  if (waveId && !wave) throw new NotFoundError("Wave");
  if (!wave) return empty;
  if (scope.kind !== "organisation") {
    const exists = scope.kind === "department" ? access.db.department.count({ where: { organisationId: access.organisation.id, key: scope.key } }) : access.db.role.count({ where: { organisationId: access.organisation.id, key: scope.key } });
    if ((await exists) === 0) throw new NotFoundError(scope.kind === "department" ? "Department" : "Role");
  }
  let results;
  try {
    // One disclosure plan serves every scope, so a drilled-down headline never differs from another by fewer than k.
    results = await getWaveResults(access, wave.id, undefined, scope.kind === "organisation" ? null : { kind: scope.kind, key: scope.key });
  } catch (error) {
    if (error instanceof ForbiddenError) return { ...empty, wave, hiddenReason: error.detail };
    throw error;
  }
  if (!results.available) return { ...empty, wave, limitedTo: results.memberScope, hiddenReason: results.message };
  const total = results.total;
  return {
    waves,
    wave,
    limitedTo: results.memberScope,
    respondents: total.shown ? total.respondents : null,
    shown: total.shown,
    hiddenReason: total.shown ? null : total.reason,
    index3P: total.shown ? total.index3P : null,
    dimensions: total.shown ? total.dimensions : null,
    previousWave: results.previousWave?.name ?? null,
    deltas: results.deltas,
    gaps: results.gaps,
  };
}
