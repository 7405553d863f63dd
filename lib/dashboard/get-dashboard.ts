/**
 * Server-side data of the dashboards (DESIGN §5), one function per widget family so each loads on its
 * own: the model's widgets (one read of the model and its analysis, shared within a request) and the
 * diagnostic's (SQL aggregates of the latest wave, under the anonymity rules and the member's scope).
 */
import { cache } from "react";
import type { Dimension } from "@/lib/diagnostic/instrument-schema";
import { HIDDEN_REASONS } from "@/lib/diagnostic/anonymity";
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

/** A group of respondents a member can see figures of elsewhere: some departments (null: all), maybe some roles. */
type Group = { departments: string[] | null; roles?: string[] };

/**
 * Results filter for a scope (a department with its sub-departments, or one role), and the groups
 * overlapping it whose figures a member can also see — the departments and the organisation enclosing
 * it, the departments and roles within it — so could subtract from or to it.
 */
async function filterFor(access: OrgAccess, scope: DashboardScope): Promise<{ filter: ResultsFilter; overlapping: Group[] }> {
  if (scope.kind === "organisation") return { filter: {}, overlapping: [] };
  const [departments, roles] = await Promise.all([
    access.db.department.findMany({ where: { organisationId: access.organisation.id }, select: { key: true, parentId: true, id: true } }),
    access.db.role.findMany({ where: { organisationId: access.organisation.id }, select: { key: true, department: { select: { key: true } } } }),
  ]);
  const keyOf = new Map(departments.map((d) => [d.id, d.key]));
  const tree = departments.map((d) => ({ key: d.key, parent: d.parentId ? keyOf.get(d.parentId) : undefined }));
  const parentOf = new Map(tree.map((d) => [d.key, d.parent]));
  const subtree = (key: string) => departmentSubtree({ departments: tree }, key);
  const enclosing = (key: string | undefined): Group[] => {
    const groups: Group[] = [];
    for (let d = key, hops = 0; d !== undefined && hops <= tree.length; d = parentOf.get(d), hops++) groups.push({ departments: subtree(d) });
    return [...groups, { departments: null }];
  };
  if (scope.kind === "role") {
    const role = roles.find((r) => r.key === scope.key);
    if (!role) throw new NotFoundError("Role");
    return { filter: { roles: [role.key] }, overlapping: enclosing(role.department.key) };
  }
  if (!tree.some((d) => d.key === scope.key)) throw new NotFoundError("Department");
  const inside = subtree(scope.key);
  const within: Group[] = [
    ...inside.flatMap((d) => [{ departments: [d] }, { departments: subtree(d) }]),
    ...roles.filter((r) => inside.includes(r.department.key)).map((r) => ({ departments: null, roles: [r.key] })),
  ];
  return { filter: { departments: inside }, overlapping: [...enclosing(parentOf.get(scope.key)), ...within] };
}

/**
 * Whether showing a drilled-down scope would let a small group be worked out by subtraction: against
 * every overlapping group the member can see figures of, the people in one and not the other must be
 * none or at least k (DESIGN §4.1's complementary rule, across the levels of the drill-down).
 */
async function exposesComplement(access: OrgAccess, waveId: string, k: number, filter: ResultsFilter, overlapping: Group[], memberScope: string[] | null): Promise<boolean> {
  if (overlapping.length === 0) return false;
  const cells = (await access.db.response.groupBy({ by: ["department", "role"], where: { waveId }, _count: { _all: true } })).filter(
    (c) => memberScope === null || (c.department !== null && memberScope.includes(c.department)),
  );
  const inGroup = (c: (typeof cells)[number], group: Group) =>
    (group.departments === null || (c.department !== null && group.departments.includes(c.department))) && (!group.roles || (c.role !== null && group.roles.includes(c.role)));
  const shown: Group = { departments: filter.departments ?? null, roles: filter.roles };
  return overlapping.some((group) => {
    // People in exactly one of the two groups: what subtracting one total from the other reveals.
    const apart = cells.filter((c) => inGroup(c, shown) !== inGroup(c, group)).reduce((sum, c) => sum + c._count._all, 0);
    return apart > 0 && apart < k;
  });
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
  const { filter, overlapping } = await filterFor(access, scope);
  const results = await getWaveResults(access, wave.id, undefined, filter);
  const total = results.total;
  if (total.shown && (await exposesComplement(access, wave.id, results.k, filter, overlapping, results.memberScope))) {
    return { ...empty, wave, limitedTo: results.memberScope, respondents: total.respondents, hiddenReason: HIDDEN_REASONS.complementary(results.k) };
  }
  return {
    waves,
    wave,
    limitedTo: results.memberScope,
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

