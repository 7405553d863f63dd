/**
 * The dashboard widgets computed from the model and its analysis (DESIGN §5): alignment, top findings,
 * the roles × stages heat map, action items, customer exposure and a story beside each headline. Pure:
 * the page reads the model once and every widget is derived from it for the scope asked.
 */
import { findingPlace } from "./finding-place";
import type { Analysis } from "@/lib/alignment/rules/analyze-model";
import { type Finding, SEVERITIES, type Severity } from "@/lib/alignment/rules/finding";
import { filterFindings } from "@/lib/alignment/rules/filter-findings";
import { buildMatrix, type Matrix } from "@/lib/alignment/rules/build-matrix";
import type { ModelDocument } from "@/lib/model/model-schema";
import { type Action, type ActionProgress, actionProgress, isOverdue } from "./action-progress";
import { type DashboardScope, rolesInScope } from "./dashboard-scope";
import { type ExposureCoverage, exposureCoverage } from "./exposure-coverage";
import { pickStory, type Story } from "./pick-story";
import { DepartmentTree } from "@/lib/access/department-tree";

export type AlignmentPart = { kind: "department" | "role" | "stage"; key: string; name: string; index: number | null };
export type AlignmentSummary = { index: number | null; parts: AlignmentPart[] };
export type FindingSummary = {
  total: number;
  bySeverity: Record<Severity, number>;
  top: Finding[];
  /** What the rules had to check: without it, no findings means nothing was looked at, not that all is well. */
  basis: FindingsBasis;
};
/** What a finding needs in the scope: approved behaviours, and KPIs, processes or systems linked to them. */
export type FindingsBasis = {
  approvedBehaviours: number;
  influences: number;
  /** Findings dismissed on review: they exist, so "none" must not read as "all is well". */
  setAside: number;
};
/** Roles in scope and how many of them are back-office (the exposure target's denominator). */
export type ExposureSummary = ExposureCoverage & { rolesInScope: number };
export type ActionSummary = { progress: ActionProgress; items: (Action & { overdue: boolean })[] };
export type HeadlineStories = {
  findings: Story | null;
  heatMap: Story | null;
  /** The scope's stories, for the diagnostic headline (see storyForDiagnostic). */ inScope: Story[];
};

/** A top-level department's behaviours at one stage, its sub-departments' roles included. */
export type DepartmentStageCell = {
  stage: string;
  approved: number;
  aligned: number;
  alignment: number | null;
  blindSpots: number;
};
export type DepartmentHeatMap = {
  stages: { key: string; name: string }[];
  rows: { key: string; name: string; roles: number; cells: DepartmentStageCell[] }[];
};

/**
 * The heat map: roles × stages, or — for an organisation with more roles than a screen can hold —
 * top-level departments × stages, each row opening that department's own roles × stages.
 */
export type HeatMap = ({ level: "roles" } & Matrix) | ({ level: "departments" } & DepartmentHeatMap);

export const ROLE_ROWS_LIMIT = 40;

export type ModelDashboard = {
  scope: DashboardScope & { name: string };
  stages: { key: string; name: string }[];
  /** The scope's roles (for forms and names). */
  roles: { key: string; name: string; department: string; customerFacing: boolean }[];
  departments: { key: string; name: string; parent?: string }[];
  alignment: AlignmentSummary;
  findings: FindingSummary;
  heatMap: HeatMap;
  actions: ActionSummary;
  exposure: ExposureSummary;
  stories: HeadlineStories;
};

const TOP_FINDINGS = 5;

function scopeName(model: ModelDocument, scope: DashboardScope): string {
  if (scope.kind === "organisation") return model.organisation.name;
  if (scope.kind === "department") return model.departments.find((d) => d.key === scope.key)?.name ?? scope.key;
  return model.roles.find((r) => r.key === scope.key)?.name ?? scope.key;
}

function summariseAlignment(
  model: ModelDocument,
  analysis: Analysis,
  scope: DashboardScope,
  matrix: Matrix,
): AlignmentSummary {
  const { alignment } = analysis;
  if (scope.kind === "organisation") {
    const parts = model.departments
      .filter((d) => !d.parent)
      .map((d) => ({
        kind: "department" as const,
        key: d.key,
        name: d.name,
        index: alignment.departments[d.key] ?? null,
      }));
    return { index: alignment.organisation, parts };
  }
  if (scope.kind === "department") {
    const subDepartments = model.departments
      .filter((d) => d.parent === scope.key)
      .map((d) => ({
        kind: "department" as const,
        key: d.key,
        name: d.name,
        index: alignment.departments[d.key] ?? null,
      }));
    const roles = model.roles
      .filter((r) => r.department === scope.key)
      .map((r) => ({ kind: "role" as const, key: r.key, name: r.name, index: alignment.roles[r.key] ?? null }));
    return { index: alignment.departments[scope.key] ?? null, parts: [...subDepartments, ...roles] };
  }
  const row = matrix.rows[0];
  const stageName = new Map(matrix.stages.map((s) => [s.key, s.name]));
  const parts = (row?.cells ?? [])
    .filter((c) => c.touches)
    .map((c) => ({
      kind: "stage" as const,
      key: c.stage,
      name: stageName.get(c.stage) ?? c.stage,
      index: c.alignment,
    }));
  return { index: alignment.roles[scope.key] ?? null, parts };
}

/** Sums a roles × stages matrix into top-level departments × stages (approved, aligned, blind spots). */
function byTopDepartment(model: ModelDocument, matrix: Matrix): DepartmentHeatMap {
  const tree = new DepartmentTree(model.departments);
  const topOf = (key: string) => tree.topLevel(key);
  const rows = new Map(
    model.departments
      .filter((d) => !d.parent)
      .map((d) => [
        d.key,
        {
          key: d.key,
          name: d.name,
          roles: 0,
          cells: matrix.stages.map((s) => ({
            stage: s.key,
            approved: 0,
            aligned: 0,
            alignment: null as number | null,
            blindSpots: 0,
          })),
        },
      ]),
  );
  for (const row of matrix.rows) {
    const target = rows.get(topOf(row.department));
    if (!target) continue;
    target.roles++;
    row.cells.forEach((cell, i) => {
      const sum = target.cells[i]!;
      sum.approved += cell.byStatus.approved;
      sum.aligned += cell.aligned;
      if (cell.blindSpot) sum.blindSpots++;
    });
  }
  for (const row of rows.values())
    for (const cell of row.cells)
      cell.alignment = cell.approved ? Math.round((1000 * cell.aligned) / cell.approved) / 10 : null;
  return { stages: matrix.stages, rows: [...rows.values()] };
}

/** Where a finding happens, or nowhere when there is no finding. */
function placeOf(model: ModelDocument, finding: Finding | undefined): { stage?: string; roles: string[] } {
  return finding ? findingPlace(model, finding) : { roles: [] };
}

export function buildModelDashboard(
  model: ModelDocument,
  analysis: Analysis,
  scope: DashboardScope,
  options: { hiddenFindings?: ReadonlySet<string>; today?: Date } = {},
): ModelDashboard {
  const today = options.today ?? new Date();
  const roles = rolesInScope(model, scope);
  const roleKeys = new Set(roles.map((r) => r.key));

  const matrix = buildMatrix(model, scope.kind === "department" ? { department: scope.key } : {});
  if (scope.kind === "role") matrix.rows = matrix.rows.filter((row) => row.role === scope.key);
  const heatMap: HeatMap =
    scope.kind === "organisation" && matrix.rows.length > ROLE_ROWS_LIMIT
      ? { level: "departments", ...byTopDepartment(model, matrix) }
      : { level: "roles", ...matrix };

  const inScope =
    scope.kind === "organisation"
      ? analysis.findings
      : filterFindings(
          model,
          analysis.findings,
          scope.kind === "department" ? { department: scope.key } : { role: scope.key },
        );
  const visible = inScope.filter((f) => !options.hiddenFindings?.has(f.id));
  const bySeverity = Object.fromEntries(
    SEVERITIES.map((s) => [s, visible.filter((f) => f.severity === s).length]),
  ) as Record<Severity, number>;

  const findingIds = new Set(inScope.map((f) => f.id));
  const actions = (model.actions ?? []).filter(
    (a) => scope.kind === "organisation" || (a.finding !== undefined && findingIds.has(a.finding)),
  );
  const items = actions
    .map((a) => ({ ...a, overdue: isOverdue(a, today) }))
    .sort(
      (a, b) =>
        Number(b.overdue) - Number(a.overdue) ||
        Number(a.status === "done") - Number(b.status === "done") ||
        (a.due ?? "9999").localeCompare(b.due ?? "9999"),
    );

  // Stories beside the headlines: the diagnostic, the most severe finding, the least aligned stage.
  const stories = (model.stories ?? []).filter(
    (s) => scope.kind === "organisation" || !s.roles?.length || s.roles.some((r) => roleKeys.has(r)),
  );
  const shown = new Set<string>();
  const remember = (story: Story | null) => (story && shown.add(story.key), story);
  const top = visible[0];
  const findingsStory = remember(pickStory(stories, { ...placeOf(model, top), sentiment: "negative" }, shown));
  const stageIndices = Object.entries(analysis.alignment.stages).filter((e): e is [string, number] => e[1] !== null);
  const weakestStage = stageIndices.sort((a, b) => a[1] - b[1])[0]?.[0];
  const heatMapStory = remember(pickStory(stories, { stage: weakestStage, roles: [...roleKeys] }, shown));

  return {
    scope: { ...scope, name: scopeName(model, scope) },
    stages: matrix.stages,
    roles: roles.map((r) => ({ key: r.key, name: r.name, department: r.department, customerFacing: r.customerFacing })),
    departments: model.departments.map((d) => ({ key: d.key, name: d.name, parent: d.parent })),
    alignment: summariseAlignment(model, analysis, scope, matrix),
    findings: {
      total: visible.length,
      bySeverity,
      top: visible.slice(0, TOP_FINDINGS),
      basis: findingsBasis(model, roleKeys, inScope.length - visible.length),
    },
    heatMap,
    actions: { progress: actionProgress(actions, today), items },
    exposure: { ...exposureCoverage(model, roles, today), rolesInScope: roles.length },
    stories: { findings: findingsStory, heatMap: heatMapStory, inScope: stories },
  };
}

/**
 * The story beside the 3P headline, chosen apart from the model's widgets (the diagnostic loads on its
 * own): a positive story where the index is healthy, a negative one where it is not, preferring one not
 * already beside another headline.
 */
export function storyForDiagnostic(stories: HeadlineStories, index3P: number | null): Story | null {
  const shown = new Set([stories.findings?.key, stories.heatMap?.key].filter((k): k is string => Boolean(k)));
  return pickStory(stories.inScope, { sentiment: index3P !== null && index3P >= 60 ? "positive" : "negative" }, shown);
}

/** The scope's approved behaviours and the influences (from KPIs, processes or systems) on them. */
export function findingsBasis(
  model: Pick<ModelDocument, "behaviours" | "influences">,
  roleKeys: ReadonlySet<string>,
  setAside = 0,
): FindingsBasis {
  const approved = new Set(
    model.behaviours.filter((b) => b.status === "approved" && roleKeys.has(b.role)).map((b) => b.key),
  );
  const influences = model.influences.filter((i) => approved.has(i.to)).length;
  return { approvedBehaviours: approved.size, influences, setAside };
}

/**
 * Why a scope has no findings: "behaviours" when nothing is approved to check, "influences" when nothing is
 * linked to what is approved, "reviewed" when every finding was dismissed, null when there was
 * something to check and nothing works against it.
 */
export function whatFindingsLack(basis: FindingsBasis): "behaviours" | "influences" | "reviewed" | null {
  if (basis.setAside > 0) return "reviewed";
  if (basis.approvedBehaviours === 0) return "behaviours";
  if (basis.influences === 0) return "influences";
  return null;
}
