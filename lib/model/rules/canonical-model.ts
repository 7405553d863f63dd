/**
 * The form exportModel writes a model in: lists ordered by key (stages in their own order, touchpoints
 * by role then stage order, influences by behaviour then source) and empty optional lists left out.
 * Two models with the same content have the same canonical form.
 */
import type { ModelDocument } from "@/lib/model/model-schema";

const byKey = <T extends { key: string }>(items: readonly T[]) =>
  [...items].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
const nonEmpty = <T>(list: T[] | undefined) => (list && list.length ? [...list].sort() : undefined);
const strip = <T extends Record<string, unknown>>(value: T): T =>
  Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;

/** KPI links by their first KPI, then the second: the order export writes them in. */
export const compareKpiLinks = (a: { from: string; to: string }, b: { from: string; to: string }) =>
  a.from < b.from ? -1 : a.from > b.from ? 1 : a.to < b.to ? -1 : a.to > b.to ? 1 : 0;

/** Readings by KPI, then month, then department (the whole KPI's first): the order export writes them in. */
export const compareKpiReadings = (
  a: { kpi: string; period: string; department?: string },
  b: { kpi: string; period: string; department?: string },
) =>
  a.kpi < b.kpi
    ? -1
    : a.kpi > b.kpi
      ? 1
      : a.period < b.period
        ? -1
        : a.period > b.period
          ? 1
          : (a.department ?? "") < (b.department ?? "")
            ? -1
            : (a.department ?? "") > (b.department ?? "")
              ? 1
              : 0;

export function canonicalModel(model: ModelDocument): ModelDocument {
  const stageOrder = new Map(model.stages.map((s, i) => [s.key, i]));
  const roleOrder = new Map(byKey(model.roles).map((r, i) => [r.key, i]));
  const canonical: ModelDocument = {
    format: model.format,
    organisation: { ...model.organisation },
    departments: byKey(model.departments).map((d) => strip({ ...d })),
    roles: byKey(model.roles).map((r) => strip({ ...r })),
    stages: model.stages.map((s) => ({ ...s })),
    touchpoints: [...model.touchpoints].sort(
      (a, b) => roleOrder.get(a.role)! - roleOrder.get(b.role)! || stageOrder.get(a.stage)! - stageOrder.get(b.stage)!,
    ),
    objectives: byKey(model.objectives),
    behaviours: byKey(model.behaviours).map((b) => strip({ ...b, objectives: nonEmpty(b.objectives) })),
    kpis: byKey(model.kpis).map((k) =>
      strip({ ...k, measuredRoles: nonEmpty(k.measuredRoles), counters: nonEmpty(k.counters) }),
    ),
    processes: byKey(model.processes),
    systems: byKey(model.systems).map((s) => strip({ ...s })),
    influences: [...model.influences]
      .map((i) => strip({ ...i }))
      .sort((a, b) => (a.to < b.to ? -1 : a.to > b.to ? 1 : a.from < b.from ? -1 : a.from > b.from ? 1 : 0)),
  };
  if (model.kpiLinks?.length) canonical.kpiLinks = [...model.kpiLinks].sort(compareKpiLinks);
  if (model.kpiReadings?.length)
    canonical.kpiReadings = [...model.kpiReadings].map((r) => strip({ ...r })).sort(compareKpiReadings);
  if (model.stories?.length)
    canonical.stories = byKey(model.stories).map((s) =>
      strip({ ...s, roles: nonEmpty(s.roles), pseudonym: s.pseudonym || undefined }),
    );
  if (model.exposures?.length)
    canonical.exposures = [...model.exposures].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  if (model.actions?.length) canonical.actions = byKey(model.actions);
  return canonical;
}
