/**
 * Exports an organisation's model as a `throughline.model/1` document: the import format, so export →
 * import round-trips. Lists are ordered by key (stages in lifecycle order) so the same model always
 * exports to the same file.
 */
import type { DbTx } from "@/lib/db/types";
import { assertCan, type OrgAccess } from "@/lib/access/org-access";
import { MODEL_FORMAT, type ModelDocument } from "./model-schema";
import { readBehaviours, readInfluences, readKpiLinks, readKpis, readRoles } from "./read-large-sections";
import { compareKpiLinks, compareKpiReadings } from "./rules/canonical-model";
import { kpiLinkEffectFromDb, storySourceFromDb } from "./rules/references";

const byKey = { key: "asc" } as const;
const isoDate = (date: Date) => date.toISOString().slice(0, 10);
/** Optional fields are left out rather than written as null, as a person would write the file. */
function present<T extends Record<string, unknown>>(value: T): { [K in keyof T]: Exclude<T[K], null> } {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== null && v !== undefined)) as {
    [K in keyof T]: Exclude<T[K], null>;
  };
}

export async function exportModel(access: OrgAccess): Promise<ModelDocument> {
  assertCan(access, "organisation:read");
  return readModel(access.db, access.organisation.id, access.organisation.name, { readings: true });
}

/**
 * The model of one organisation, read in one snapshot. Also used by the analysis, which needs no KPI
 * readings: they are read only when asked for (`readings: true`, as the export does).
 */
export async function readModel(
  db: DbTx,
  organisationId: string,
  organisationName: string,
  { readings = false }: { readings?: boolean } = {},
): Promise<ModelDocument> {
  const where = { organisationId };
  const [
    departments,
    roles,
    stages,
    objectives,
    behaviours,
    kpis,
    processes,
    systems,
    influences,
    kpiLinks,
    stories,
    exposures,
    actions,
    kpiReadings,
  ] = await Promise.all([
    db.department.findMany({ where, orderBy: byKey, include: { parent: { select: { key: true } } } }),
    readRoles(db, organisationId),
    db.stage.findMany({ where, orderBy: [{ position: "asc" }, byKey] }),
    db.objective.findMany({ where, orderBy: byKey }),
    readBehaviours(db, organisationId),
    readKpis(db, organisationId),
    db.process.findMany({ where, orderBy: byKey, include: { department: { select: { key: true } } } }),
    db.system.findMany({ where, orderBy: byKey }),
    readInfluences(db, organisationId),
    readKpiLinks(db, organisationId),
    db.story.findMany({
      where,
      orderBy: byKey,
      include: { stage: { select: { key: true } }, roles: { include: { role: { select: { key: true } } } } },
    }),
    db.exposure.findMany({
      where,
      orderBy: [{ date: "asc" }, { id: "asc" }],
      include: { role: { select: { key: true } } },
    }),
    db.actionItem.findMany({ where, orderBy: byKey }),
    readings
      ? db.kpiReading.findMany({
          where,
          select: {
            period: true,
            value: true,
            target: true,
            kpi: { select: { key: true } },
            department: { select: { key: true } },
          },
        })
      : [],
  ]);
  const exported: ModelDocument = {
    format: MODEL_FORMAT,
    organisation: { name: organisationName },
    departments: departments.map((d) => present({ key: d.key, name: d.name, parent: d.parent?.key })),
    roles: roles.map((r) =>
      present({
        key: r.key,
        name: r.name,
        department: r.department,
        customerFacing: r.customerFacing,
        headcount: r.headcount,
      }),
    ),
    stages: stages.map((s) => ({ key: s.key, name: s.name })),
    touchpoints: roles.flatMap((r) => (r.stages ?? []).map((stage) => ({ role: r.key, stage }))),
    objectives: objectives.map((o) => ({ key: o.key, name: o.name })),
    behaviours: behaviours.map((b) =>
      present({
        key: b.key,
        role: b.role,
        stage: b.stage,
        action: b.action,
        why: b.why,
        evidence: b.evidence,
        objectives: b.objectives?.length ? [...b.objectives].sort() : undefined,
        status: b.status,
      }),
    ),
    kpis: kpis.map((k) =>
      present({
        key: k.key,
        name: k.name,
        definition: k.definition,
        unit: k.unit,
        direction: k.direction,
        department: k.department,
        measuredRoles: k.measuredRoles?.length ? [...k.measuredRoles].sort() : undefined,
        payLinked: k.payLinked,
        horizon: k.horizon,
        category: k.category,
        counters: k.counters?.length ? [...k.counters].sort() : undefined,
      }),
    ),
    processes: processes.map((p) => ({ key: p.key, name: p.name, department: p.department.key })),
    systems: systems.map((s) =>
      present({
        key: s.key,
        name: s.name,
        trainedShare: s.trainedShare,
        peopleSpend: s.peopleSpend,
        technologySpend: s.technologySpend,
      }),
    ),
    influences,
  };
  if (kpiLinks.length)
    exported.kpiLinks = kpiLinks
      .map((l) => ({ from: l.from, to: l.to, effect: kpiLinkEffectFromDb(l.effect) }))
      .sort(compareKpiLinks);
  if (kpiReadings.length)
    exported.kpiReadings = kpiReadings
      .map((r) =>
        present({ kpi: r.kpi.key, period: r.period, value: r.value, target: r.target, department: r.department?.key }),
      )
      .sort(compareKpiReadings);
  if (stories.length) {
    exported.stories = stories.map((s) =>
      present({
        key: s.key,
        customer: s.customer,
        narrative: s.narrative,
        stage: s.stage?.key,
        roles: s.roles.length ? s.roles.map((r) => r.role.key).sort() : undefined,
        sentiment: s.sentiment,
        source: storySourceFromDb(s.source),
        pseudonym: s.pseudonym || undefined,
      }),
    );
  }
  if (exposures.length)
    exported.exposures = exposures.map((e) =>
      present({ role: e.role.key, kind: e.kind, date: isoDate(e.date), people: e.people }),
    );
  if (actions.length)
    exported.actions = actions.map((a) =>
      present({
        key: a.key,
        title: a.title,
        owner: a.owner,
        due: a.due ? isoDate(a.due) : undefined,
        status: a.status,
        finding: a.finding,
      }),
    );
  return exported;
}
