/** The diagnostic's dashboard widgets: SQL aggregates of the latest wave, under the anonymity rules and the member's scope. */
import type { Dimension } from "@/lib/diagnostic/instrument-schema";
import { getWaveResults } from "@/lib/diagnostic/results/get-wave-results";
import { type WaveDelta } from "@/lib/diagnostic/rules/wave-deltas";
import type { GapResult, Hidden, ShownDimension } from "@/lib/diagnostic/score-results";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { assertCan, type OrgAccess } from "@/lib/access/org-access";
import type { DashboardScope } from "./rules/dashboard-scope";

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
export async function getDiagnosticSummary(
  access: OrgAccess,
  scope: DashboardScope,
  waveId?: string,
): Promise<DiagnosticSummary> {
  assertCan(access, "results:read");
  const waves = await access.db.wave.findMany({
    where: { organisationId: access.organisation.id, status: { not: "draft" } },
    orderBy: { createdAt: "desc" },
    select: { id: true, name: true, status: true },
  });
  const empty = {
    waves,
    wave: null,
    limitedTo: null,
    respondents: null,
    shown: false,
    hiddenReason: null,
    index3P: null,
    dimensions: null,
    previousWave: null,
    deltas: [],
    gaps: [],
  };
  const wave = waveId ? waves.find((w) => w.id === waveId) : (waves.find((w) => w.status === "closed") ?? waves[0]);
  if (waveId && !wave) throw new NotFoundError("Wave");
  if (!wave) return empty;
  if (scope.kind !== "organisation") {
    const exists =
      scope.kind === "department"
        ? access.db.department.count({ where: { organisationId: access.organisation.id, key: scope.key } })
        : access.db.role.count({ where: { organisationId: access.organisation.id, key: scope.key } });
    if ((await exists) === 0) throw new NotFoundError(scope.kind === "department" ? "Department" : "Role");
  }
  let results;
  try {
    // One disclosure plan serves every scope, so a drilled-down headline never differs from another by fewer than k.
    results = await getWaveResults(
      access,
      wave.id,
      undefined,
      scope.kind === "organisation" ? null : { kind: scope.kind, key: scope.key },
    );
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
