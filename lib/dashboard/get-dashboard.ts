/**
 * Server-side data of the dashboards (DESIGN §5), one function per widget family so each loads on its
 * own: the model's widgets (one read of the model and its analysis, shared within a request) and the
 * diagnostic's (SQL aggregates of the latest wave, under the anonymity rules and the member's scope).
 */
import { cache } from "react";
import type { Dimension } from "@/lib/diagnostic/instrument-schema";
import { getWaveResults, type ResultsFilter, type WaveDelta } from "@/lib/diagnostic/results/wave-results";
import type { GapResult, Hidden, ShownDimension } from "@/lib/diagnostic/score-results";
import { NotFoundError } from "@/lib/errors";
import { getReviewedFindings } from "@/lib/findings/get-reviewed-findings";
import { assertCan, type OrgAccess } from "@/lib/organisations/access";
import { type DashboardScope, departmentSubtree } from "./dashboard-scope";
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
  respondents: number;
  shown: boolean;
  hiddenReason: string | null;
  index3P: number | null;
  dimensions: Record<Dimension, ShownDimension | Hidden> | null;
  previousWave: string | null;
  deltas: WaveDelta[];
  gaps: GapResult[];
};

/** Results filter for a scope: a department with its sub-departments, or one role. */
async function filterFor(access: OrgAccess, scope: DashboardScope): Promise<ResultsFilter> {
  if (scope.kind === "organisation") return {};
  const [departments, role] = await Promise.all([
    access.db.department.findMany({ where: { organisationId: access.organisation.id }, select: { key: true, parentId: true, id: true } }),
    scope.kind === "role" ? access.db.role.findFirst({ where: { organisationId: access.organisation.id, key: scope.key }, select: { key: true } }) : Promise.resolve(null),
  ]);
  if (scope.kind === "role") {
    if (!role) throw new NotFoundError("Role");
    return { roles: [role.key] };
  }
  const keyOf = new Map(departments.map((d) => [d.id, d.key]));
  const tree = departments.map((d) => ({ key: d.key, parent: d.parentId ? keyOf.get(d.parentId) : undefined }));
  if (!tree.some((d) => d.key === scope.key)) throw new NotFoundError("Department");
  return { departments: departmentSubtree({ departments: tree }, scope.key) };
}

/**
 * The 3P headline for a scope: of the wave asked, else of the latest closed wave (a wave still open
 * holds partial answers), else of the open one.
 */
export async function getDiagnosticSummary(access: OrgAccess, scope: DashboardScope, waveId?: string): Promise<DiagnosticSummary> {
  assertCan(access, "results:read-own-departments");
  const waves = await access.db.wave.findMany({ where: { organisationId: access.organisation.id, status: { not: "draft" } }, orderBy: { createdAt: "desc" }, select: { id: true, name: true, status: true } });
  const empty = { waves, wave: null, limitedTo: null, respondents: 0, shown: false, hiddenReason: null, index3P: null, dimensions: null, previousWave: null, deltas: [], gaps: [] };
  const wave = waveId ? waves.find((w) => w.id === waveId) : (waves.find((w) => w.status === "closed") ?? waves[0]);
  if (waveId && !wave) throw new NotFoundError("Wave");
  if (!wave) return empty;
  const results = await getWaveResults(access, wave.id, undefined, await filterFor(access, scope));
  const total = results.total;
  return {
    waves,
    wave,
    limitedTo: results.scope,
    respondents: total.respondents,
    shown: total.shown,
    hiddenReason: total.shown ? null : total.reason,
    index3P: total.shown ? total.index3P : null,
    dimensions: total.shown ? total.dimensions : null,
    previousWave: results.previousWave?.name ?? null,
    deltas: results.deltas,
    gaps: results.gaps,
  };
}

