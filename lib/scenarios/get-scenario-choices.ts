/**
 * What the scenario editor starts with: the model's KPIs, processes, systems and behaviours that the
 * scenario's edits name (and the KPI it starts from), so it can say each change in words; the first KPIs and
 * influence sources by name (and, for a member who may draft, roles a new KPI may measure and the departments
 * it may belong to), shown before anyone types; the departments the scenario's new KPIs belong to; and what
 * the member may do with a scenario. Everything else is searched
 * (`search-scenario-choices.ts`, `search-behaviours.ts`): a large model has tens of thousands of KPIs, too
 * many for a page to carry (and a large organisation thousands of departments).
 */
import { getOrganisationAnalysis } from "@/lib/alignment/get-organisation-analysis";
import { can } from "@/lib/access/permissions";
import { assertCan, type OrgAccess } from "@/lib/access/org-access";
import { namedKeys } from "./rules/named-keys";
import type { ScenarioEdit } from "./rules/scenario-schema";
import {
  type DepartmentChoice,
  departmentsFound,
  departmentsInReach,
  firstChoices,
  type Found,
  type KpiChoice,
  type RoleChoice,
  type SourceChoice,
} from "./search-scenario-choices";

export type ScenarioChoices = {
  /** Only those the scenario's edits name, and the KPI it starts from. */
  kpis: KpiChoice[];
  /** Only those the scenario's edits name. */
  processes: { key: string; name: string }[];
  systems: { key: string; name: string }[];
  behaviours: { key: string; name: string }[];
  /**
   * What the KPI, influence, role and department searches show with no words typed (no roles and no
   * departments for a member who may not draft; a head's departments are their own and those below them).
   */
  first: {
    kpis: Found<KpiChoice>;
    sources: Found<SourceChoice>;
    roles: Found<RoleChoice>;
    departments: Found<DepartmentChoice>;
  };
  /** Only the departments the scenario's new KPIs belong to, that the member may draft for. */
  departments: DepartmentChoice[];
  may: { draft: boolean; apply: boolean; act: boolean };
};

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);

export async function getScenarioChoices(
  access: OrgAccess,
  edits: readonly ScenarioEdit[] = [],
  /** The KPI a new scenario starts from (`?kpi=`), when the model has it. */
  startKpi?: string,
): Promise<ScenarioChoices> {
  assertCan(access, "organisation:read");
  const { model } = await getOrganisationAnalysis(access);
  const role = access.membership.role;
  const named = namedKeys(edits);
  if (startKpi) named.kpis.add(startKpi);
  const draft = can(role, "scenarios:draft");
  const mine = await departmentsInReach(access);
  const first = firstChoices(model);
  return {
    kpis: model.kpis
      .filter((k) => named.kpis.has(k.key))
      .map((k) => ({ key: k.key, name: k.name, payLinked: k.payLinked }))
      .sort(byName),
    processes: model.processes.filter((p) => named.processes.has(p.key)).map((p) => ({ key: p.key, name: p.name })),
    systems: model.systems.filter((s) => named.systems.has(s.key)).map((s) => ({ key: s.key, name: s.name })),
    behaviours: model.behaviours
      .filter((b) => named.behaviours.has(b.key))
      .map((b) => ({ key: b.key, name: b.action })),
    first: {
      ...first,
      roles: draft ? first.roles : { choices: [], more: false },
      departments: departmentsFound(model, mine, ""),
    },
    departments: model.departments
      .filter((d) => named.departments.has(d.key) && (!mine || mine.has(d.key)))
      .map((d) => ({ key: d.key, name: d.name }))
      .sort(byName),
    may: { draft, apply: can(role, "scenarios:apply"), act: can(role, "actions:own") },
  };
}
